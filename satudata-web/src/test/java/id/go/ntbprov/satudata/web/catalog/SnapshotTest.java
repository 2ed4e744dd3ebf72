package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.period.Periodicity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  final Snapshot snapshot =
      Snapshot.of(
          List.of(
              CatalogTestData.dataset(
                  "KES-001",
                  "Jumlah Tenaga Kesehatan",
                  "DINKES",
                  "Dinas Kesehatan",
                  "Kesehatan",
                  Periodicity.ANNUAL,
                  T0,
                  2024,
                  2025),
              CatalogTestData.dataset(
                  "SOS-001",
                  "Penduduk Miskin Menurut Kabupaten",
                  "DINSOS",
                  "Dinas Sosial",
                  "Sosial",
                  Periodicity.ANNUAL,
                  T0.plusSeconds(60),
                  2025),
              CatalogTestData.dataset(
                  "EKO-001",
                  "Pertumbuhan Ékonomi Triwulanan",
                  "BAPPEDA",
                  "Badan Perencanaan",
                  "Ekonomi",
                  Periodicity.QUARTERLY,
                  T0.plusSeconds(120),
                  2023),
              CatalogTestData.withdrawn(
                  "KES-009", "Angka Kesehatan Ditarik", T0, T0.plusSeconds(500))));

  SearchResult search(String q, String fq, String sort, String... facets) {
    return snapshot.search(
        new SearchQuery(q, SearchQuery.parseFilters(fq), sort, 0, 10, List.of(facets), 50, 1),
        name -> name.startsWith("2026-sos") ? 9 : 0);
  }

  List<String> names(SearchResult r) {
    return r.results().stream().map(CatalogDataset::name).toList();
  }

  @Test
  void everythingActiveNewestFirstWithoutTombstones() {
    assertThat(names(search("", "", "")))
        .containsExactly("2026-eko-001", "2026-sos-001", "2026-kes-001");
    assertThat(snapshot.find("2026-kes-009")).isPresent();
    assertThat(snapshot.find("2026-kes-009").get().active()).isFalse();
    assertThat(snapshot.lastModified()).isEqualTo(T0.plusSeconds(500));
  }

  @Test
  void wordsArePrefixesCaseAndAccentInsensitive() {
    assertThat(names(search("EKONOMI", "", ""))).containsExactly("2026-eko-001");
    assertThat(names(search("ékon triw", "", ""))).containsExactly("2026-eko-001");
    assertThat(names(search("kesehat", "", ""))).containsExactly("2026-kes-001");
    // a variable name, its words, and an agency name
    assertThat(names(search("penduduk_miskin", "", ""))).hasSize(3);
    assertThat(names(search("dinas sosial", "", ""))).containsExactly("2026-sos-001");
    assertThat(names(search("ditarik", "", ""))).isEmpty();
    assertThat(names(search("kesehatan zzz", "", ""))).isEmpty();
  }

  @Test
  void titleMatchesRankFirst() {
    // "miskin" is in one title and in every dataset's variable label
    assertThat(names(search("miskin", "", "")).get(0)).isEqualTo("2026-sos-001");
  }

  @Test
  void filtersAndFacets() {
    SearchResult r = search("", "organization:dinkes", "", "organization", "year", "periodicity");
    assertThat(names(r)).containsExactly("2026-kes-001");
    assertThat(r.facets().get("year"))
        .extracting(SearchResult.FacetCount::name)
        .containsExactlyInAnyOrder("2024", "2025");

    SearchResult all = search("", "", "", "year", "organization");
    assertThat(all.facets().get("year").get(0))
        .isEqualTo(new SearchResult.FacetCount("2025", "2025", 2));
    assertThat(all.facets().get("organization"))
        .contains(new SearchResult.FacetCount("dinsos", "Dinas Sosial", 1));
    assertThat(names(search("", "year:2025 +periodicity:annual", ""))).hasSize(2);
    assertThat(names(search("", "groups:\"ekonomi\" AND year:2023", "")))
        .containsExactly("2026-eko-001");
    assertThat(names(search("tags:Sosial", "", ""))).containsExactly("2026-sos-001");
  }

  static SearchResult.FacetCount c(String name, int count) {
    return new SearchResult.FacetCount(name, name, count);
  }

  @Test
  void facetCountsOfAKnownCatalogue() {
    SearchResult all = search("", "", "", SearchQuery.FIELD_LIST.toArray(String[]::new));
    assertThat(all.facets().keySet()).containsExactlyElementsOf(SearchQuery.FIELD_LIST);
    assertThat(all.facets().get("organization"))
        .containsExactly(
            new SearchResult.FacetCount("bappeda", "Badan Perencanaan", 1),
            new SearchResult.FacetCount("dinkes", "Dinas Kesehatan", 1),
            new SearchResult.FacetCount("dinsos", "Dinas Sosial", 1));
    assertThat(all.facets().get("groups"))
        .containsExactly(
            new SearchResult.FacetCount("ekonomi", "Ekonomi", 1),
            new SearchResult.FacetCount("kesehatan", "Kesehatan", 1),
            new SearchResult.FacetCount("sosial", "Sosial", 1));
    assertThat(all.facets().get("tags"))
        .containsExactly(
            c("Ekonomi", 1),
            c("Kesehatan", 1),
            c("Konsep Ekonomi", 1),
            c("Konsep Kesehatan", 1),
            c("Konsep Sosial", 1),
            c("Sosial", 1));
    assertThat(all.facets().get("res_format"))
        .containsExactly(c("CSV", 3), c("JSON", 3), c("XLSX", 3));
    assertThat(all.facets().get("periodicity")).containsExactly(c("annual", 2), c("quarterly", 1));
    assertThat(all.facets().get("region_level")).containsExactly(c("regency_city", 3));
    assertThat(all.facets().get("year")).containsExactly(c("2025", 2), c("2023", 1), c("2024", 1));
    assertThat(all.facets().get("license_id")).containsExactly(c("cc-by", 3));
    assertThat(all.facets().get("name"))
        .containsExactly(c("2026-eko-001", 1), c("2026-kes-001", 1), c("2026-sos-001", 1));

    // over the hits only, with a limit and a smallest count; the tombstone counts nowhere
    SearchResult some =
        snapshot.search(
            new SearchQuery(
                "miskin",
                SearchQuery.parseFilters("year:2025"),
                "",
                0,
                10,
                List.of("organization", "year", "periodicity"),
                1,
                2),
            n -> 0);
    assertThat(some.count()).isEqualTo(2);
    assertThat(some.facets().get("organization")).isEmpty();
    assertThat(some.facets().get("year")).containsExactly(c("2025", 2));
    assertThat(some.facets().get("periodicity")).containsExactly(c("annual", 2));
    SearchResult limited =
        snapshot.search(
            new SearchQuery("miskin", Map.of(), "", 0, 10, List.of("organization"), 1, 0), n -> 0);
    assertThat(limited.facets().get("organization"))
        .containsExactly(new SearchResult.FacetCount("bappeda", "Badan Perencanaan", 1));
  }

  @Test
  void sorts() {
    assertThat(names(search("", "", "title_string asc")))
        .containsExactly("2026-kes-001", "2026-sos-001", "2026-eko-001");
    assertThat(names(search("", "", "metadata_modified asc")).get(0)).isEqualTo("2026-kes-001");
    assertThat(names(search("", "", "views_total desc")).get(0)).isEqualTo("2026-sos-001");
    assertThat(names(search("", "", "name desc, metadata_modified asc")).get(0))
        .isEqualTo("2026-sos-001");
  }

  @Test
  void paging() {
    SearchResult page =
        snapshot.search(new SearchQuery("", Map.of(), "name asc", 1, 1, List.of(), 50, 1), n -> 0);
    assertThat(page.count()).isEqualTo(3);
    assertThat(names(page)).containsExactly("2026-kes-001");
  }

  @Test
  void badQueriesAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> SearchQuery.parseFilters("colour:red")).hasMessageContaining("colour");
    assertThatThrownBy(() -> SearchQuery.parseFilters("tags:\"open"))
        .hasMessageContaining("unclosed");
    assertThatThrownBy(() -> SearchQuery.parseFilters("justtext")).hasMessageContaining("justtext");
    assertThatThrownBy(() -> search("", "", "colour asc")).hasMessageContaining("colour");
    assertThatThrownBy(() -> search("", "", "name sideways")).hasMessageContaining("name sideways");
  }

  @Test
  void replacingOneDatasetChangesTheValidatorsAndKeepsTheOthers() {
    Snapshot next =
        snapshot.with(
            "2026-sos-001",
            Optional.of(
                CatalogTestData.dataset(
                    "SOS-001",
                    "Penduduk Miskin",
                    "DINSOS",
                    "Dinas Sosial",
                    "Sosial",
                    Periodicity.ANNUAL,
                    T0.plusSeconds(900),
                    2025,
                    2026)));
    assertThat(next.etag()).isNotEqualTo(snapshot.etag());
    assertThat(next.lastModified()).isEqualTo(T0.plusSeconds(900));
    assertThat(next.active().get(0).name()).isEqualTo("2026-sos-001");
    assertThat(next.size()).isEqualTo(3);
    assertThat(Snapshot.of(snapshot.all()).etag()).isEqualTo(snapshot.etag());
  }

  @Test
  void namesAreUrlSafe() {
    assertThat(
            CatalogDataset.nameOf(
                new id.go.ntbprov.satudata.core.datalist.DataItemId(2026, "KES-001")))
        .isEqualTo("2026-kes-001");
    assertThat(CatalogDataset.groupName("Kesehatan Ibu & Anak")).isEqualTo("kesehatan-ibu-anak");
    assertThat(Text.words("Jumlah_Penduduk (Jiwa) Ñusa"))
        .containsExactly("jumlah", "penduduk", "jiwa", "nusa");
  }
}
