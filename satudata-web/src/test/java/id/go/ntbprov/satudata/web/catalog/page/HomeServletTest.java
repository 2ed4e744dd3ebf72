package id.go.ntbprov.satudata.web.catalog.page;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.CatalogTestData;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue page kept per snapshot: still right for every language, view and publication. */
class HomeServletTest {

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  static CatalogDataset dataset(String code, String title, int minutes) {
    return CatalogTestData.dataset(
        code,
        title,
        "DINSOS",
        "Dinas Sosial",
        "Sosial",
        Periodicity.ANNUAL,
        T0.plusSeconds(60L * minutes),
        2025);
  }

  final Snapshot snapshot =
      Snapshot.of(
          List.of(
              dataset("SOS-001", "Penduduk Miskin", 1),
              dataset("SOS-002", "Bantuan Sosial", 2),
              dataset("SOS-003", "Panti Asuhan", 3)));
  final Catalog catalog = CatalogTestData.catalogOf(snapshot);
  final HomeServlet home = CatalogTestData.homeServlet(catalog);

  String page(String query) {
    return ServletCalls.get(home, query, Map.of()).text();
  }

  static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isPositive();
    return page.substring(start, page.indexOf("</section>", start));
  }

  @Test
  void aPublicationShowsAtOnceOnTheKeptPage() {
    String before = page("");
    assertThat(page("")).isEqualTo(before);
    assertThat(section(before, "latest")).contains("dataset/2026-sos-003");
    assertThat(before).contains("id=\"count-datasets\">3<");

    CatalogTestData.use(
        catalog,
        snapshot.with("2026-sos-009", Optional.of(dataset("SOS-009", "Rumah Layak Huni", 9))));
    String after = page("");
    assertThat(section(after, "latest")).contains("dataset/2026-sos-009");
    assertThat(after).contains("id=\"count-datasets\">4<").contains("Rumah Layak Huni");
    assertThat(page("q=rumah")).contains("dataset/2026-sos-009");
  }

  @Test
  void eachLanguageHasItsOwnPage() {
    String indonesian = page("");
    String english = ServletCalls.get(home, "", Map.of("Accept-Language", "en")).text();
    assertThat(indonesian).contains("Katalog Data").doesNotContain("Data Catalogue");
    assertThat(english).contains("Data Catalogue");
    assertThat(page("lang=en")).contains("Data Catalogue");
    assertThat(page("")).isEqualTo(indonesian);
  }

  @Test
  void mostViewedAndTheViewsSortFollowEveryView() {
    assertThat(section(page(""), "most-viewed")).doesNotContain("dataset/");
    catalog.viewed("2026-sos-002");
    assertThat(section(page(""), "most-viewed")).contains("dataset/2026-sos-002");
    String byViews = section(page("sort=views"), "results");
    assertThat(byViews.indexOf("2026-sos-002")).isLessThan(byViews.indexOf("2026-sos-001"));
    catalog.viewed("2026-sos-001");
    catalog.viewed("2026-sos-001");
    byViews = section(page("sort=views"), "results");
    assertThat(byViews.indexOf("2026-sos-001")).isLessThan(byViews.indexOf("2026-sos-002"));
    String most = section(page(""), "most-viewed");
    assertThat(most.indexOf("2026-sos-001")).isLessThan(most.indexOf("2026-sos-002"));
  }

  @Test
  void validatorsChangeWithAPublicationAndAViewAndAnswer304Otherwise() {
    ServletCalls.Answer first = ServletCalls.get(home, "", Map.of());
    String etag = first.headers().get("ETag");
    ServletCalls.Answer again = ServletCalls.get(home, "", Map.of("If-None-Match", etag));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    catalog.viewed("2026-sos-003");
    assertThat(ServletCalls.get(home, "", Map.of("If-None-Match", etag)).status()).isEqualTo(200);
    String viewed = ServletCalls.get(home, "", Map.of()).headers().get("ETag");
    CatalogTestData.use(
        catalog, snapshot.with("2026-sos-001", Optional.of(dataset("SOS-001", "Baru", 20))));
    ServletCalls.Answer published = ServletCalls.get(home, "", Map.of("If-None-Match", viewed));
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.text()).contains("Baru");
  }

  @Test
  void anAbsurdPageNumberIsAnEmptyPage() {
    assertThat(page("page=999999999")).contains("id=\"results\"");
  }
}
