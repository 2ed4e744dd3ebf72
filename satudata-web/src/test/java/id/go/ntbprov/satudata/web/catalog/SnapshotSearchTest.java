package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Periodicity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The fast search (interned facet values, int positions) against the plain one ({@link
 * PlainSearch}) on a random catalogue: same counts, pages, orders and facet counts for thousands of
 * random queries, before and after datasets are replaced and withdrawn.
 */
class SnapshotSearchTest {

  static final String[] WORDS = {
    "Jumlah", "Penduduk", "Miskin", "Produksi", "Padi", "Kunjungan", "Wisatawan", "Ékonomi",
    "Kesehatan", "Ibu", "Anak", "Sekolah", "Jalan", "Air", "Bersih", "Pangan"
  };
  static final String[][] AGENCIES = {
    {"DINKES", "Dinas Kesehatan"},
    {"DINKES", "Dinas Kesehatan Provinsi"},
    {"DINSOS", "Dinas Sosial"},
    {"BAPPEDA", "Badan Perencanaan"},
    {"DISPAR", "Dinas Pariwisata"},
    {"BPS-NTB", "BPS Provinsi"}
  };
  static final String[] TOPICS = {
    "Kesehatan", "Kesehatan Ibu", "kesehatan ibu", "Sosial", "Ekonomi", "Pariwisata", "Pertanian"
  };
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  final Random random = new Random(42);

  CatalogDataset randomDataset(int i) {
    String[] agency = AGENCIES[random.nextInt(AGENCIES.length)];
    String title =
        WORDS[random.nextInt(WORDS.length)]
            + " "
            + WORDS[random.nextInt(WORDS.length)]
            + (random.nextBoolean() ? " " + WORDS[random.nextInt(WORDS.length)] : "");
    int[] years =
        random.nextBoolean() ? new int[] {2023 + random.nextInt(3)} : new int[] {2024, 2025};
    Instant published = T0.plusSeconds(60L * random.nextInt(40)); // ties on purpose
    Periodicity periodicity = Periodicity.values()[random.nextInt(Periodicity.values().length)];
    if (random.nextInt(12) == 0) {
      return CatalogTestData.withdrawn(
          String.format("RND-%04d", i), title, published, published.plusSeconds(30));
    }
    return CatalogTestData.dataset(
        String.format("RND-%04d", i),
        title,
        agency[0],
        agency[1],
        TOPICS[random.nextInt(TOPICS.length)],
        periodicity,
        published,
        years);
  }

  SearchQuery randomQuery(List<CatalogDataset> datasets) {
    List<String> fields = SearchQuery.FIELD_LIST;
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(3);
    for (int w = 0; w < words; w++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(word, 0, 2 + random.nextInt(word.length() - 1)).append(' ');
    }
    if (random.nextInt(8) == 0) {
      text.append("tags:").append(TOPICS[random.nextInt(TOPICS.length)].split(" ")[0]);
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    int filterCount = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    for (int f = 0; f < filterCount; f++) {
      String field = fields.get(random.nextInt(fields.size()));
      CatalogDataset some = datasets.get(random.nextInt(datasets.size()));
      List<String> values = PlainSearch.values(some, field);
      String value =
          random.nextInt(10) == 0 || values.isEmpty()
              ? "nothing-has-this"
              : values.get(random.nextInt(values.size()));
      filters
          .computeIfAbsent(field, k -> new ArrayList<>())
          .add(random.nextBoolean() ? value.toUpperCase(java.util.Locale.ROOT) : value);
    }
    String[] sorts = {
      "",
      "",
      "metadata_modified desc",
      "metadata_modified asc",
      "score desc, metadata_modified desc",
      "title_string asc",
      "name desc",
      "metadata_created asc, name asc",
      "views_total desc, metadata_modified desc",
      "views_total asc",
      "score asc",
      "score desc"
    };
    List<String> facets = new ArrayList<>();
    for (String f : fields) {
      if (random.nextInt(3) == 0) {
        facets.add(f);
      }
    }
    int[] limits = {-1, 0, 1, 3, 50};
    return new SearchQuery(
        text.toString(),
        filters,
        sorts[random.nextInt(sorts.length)],
        random.nextInt(4) == 0 ? random.nextInt(40) : 0,
        random.nextInt(4) == 0 ? random.nextInt(3) : 1 + random.nextInt(30),
        facets,
        limits[random.nextInt(limits.length)],
        random.nextInt(3));
  }

  void sameAnswers(Snapshot s, List<CatalogDataset> all, int queries) {
    ToLongFunction<String> views = name -> Math.floorMod(name.hashCode(), 5);
    for (int i = 0; i < queries; i++) {
      SearchQuery q = randomQuery(all);
      SearchResult fast = s.search(q, views);
      SearchResult plain = PlainSearch.search(all, q, views);
      assertThat(fast.count()).as("%s", q).isEqualTo(plain.count());
      assertThat(fast.results().stream().map(CatalogDataset::name))
          .as("%s", q)
          .containsExactlyElementsOf(plain.results().stream().map(CatalogDataset::name).toList());
      assertThat(fast.sort()).isEqualTo(plain.sort());
      assertThat(fast.facets()).as("%s", q).isEqualTo(plain.facets());
    }
  }

  @Test
  void answersAsThePlainSearchDoes() {
    List<CatalogDataset> all = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      all.add(randomDataset(i));
    }
    Snapshot s = Snapshot.of(all);
    sameAnswers(s, all, 1500);

    // replaced, withdrawn and new datasets: the copy's structures agree too
    for (int round = 0; round < 30; round++) {
      int i = random.nextInt(all.size() + 5);
      CatalogDataset d = randomDataset(i);
      s = s.with(d.name(), Optional.of(d));
      all.removeIf(x -> x.name().equals(d.name()));
      all.add(d);
    }
    s = s.with(all.get(0).name(), Optional.empty());
    all.remove(0);
    sameAnswers(s, all, 700);
    assertThat(s.etag()).isEqualTo(Snapshot.of(all).etag());
    assertThat(s.active().stream().map(CatalogDataset::name))
        .containsExactlyElementsOf(
            Snapshot.of(all).active().stream().map(CatalogDataset::name).toList());
  }

  @Test
  void derivedValuesLiveAsLongAsTheirSnapshot() {
    Snapshot s = Snapshot.of(List.of(randomDataset(1), randomDataset(2)));
    Object first = s.<Object>derived(String.class, x -> new Object());
    assertThat(s.<Object>derived(String.class, x -> new Object())).isSameAs(first);
    CatalogDataset d = randomDataset(3);
    Snapshot next = s.with(d.name(), Optional.of(d));
    assertThat(next.<Object>derived(String.class, x -> new Object())).isNotSameAs(first);
  }
}
