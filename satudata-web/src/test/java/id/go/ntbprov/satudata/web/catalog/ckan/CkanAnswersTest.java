package id.go.ntbprov.satudata.web.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.CatalogTestData;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Action API answers kept per snapshot: the same bytes a fresh answer has, until it changes. */
class CkanAnswersTest {

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final PublicUrls HERE = PublicUrls.of("http://localhost:8080/");

  static CatalogDataset dataset(int minutes, int... years) {
    return CatalogTestData.dataset(
        "KES-001",
        "Tenaga Kesehatan",
        "DINKES",
        "Dinas Kesehatan",
        "Kesehatan",
        Periodicity.ANNUAL,
        T0.plusSeconds(60L * minutes),
        years);
  }

  final Snapshot snapshot = Snapshot.of(List.of(dataset(0, 2024, 2025)));

  static JsonObject json(byte[] body) {
    return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
        .readObject();
  }

  @Test
  void packageShowIsKeptAndEqualsAFreshAnswer() {
    CatalogDataset d = snapshot.find("2026-kes-001").orElseThrow();
    CkanAnswers.PackageAnswer a = CkanAnswers.of(snapshot).packageShow(HERE, d);
    assertThat(CkanAnswers.of(snapshot).packageShow(HERE, d)).isSameAs(a);
    JsonObject envelope = json(a.body());
    assertThat(envelope.getString("help"))
        .isEqualTo("http://localhost:8080/api/3/action/help_show?name=package_show");
    assertThat(envelope.getBoolean("success")).isTrue();
    assertThat(envelope.getJsonObject("result")).isEqualTo(new CkanDicts(HERE).dataset(d));
    assertThat(a.tag()).isEqualTo(CkanDicts.datasetTag(d));
    assertThat(a.lastModified().toInstant()).isEqualTo(d.modified());

    // another site address: its own answer
    PublicUrls proxy = PublicUrls.of("https://data.ntbprov.go.id/");
    String other = new String(CkanAnswers.of(snapshot).packageShow(proxy, d).body());
    assertThat(other).contains("https://data.ntbprov.go.id/download/").doesNotContain("localhost");
  }

  @Test
  void aNewVersionIsAnsweredAtOnceByTheNextSnapshot() {
    CatalogDataset before = snapshot.find("2026-kes-001").orElseThrow();
    CkanAnswers.PackageAnswer old = CkanAnswers.of(snapshot).packageShow(HERE, before);
    Snapshot next = snapshot.with("2026-kes-001", Optional.of(dataset(5, 2024, 2025, 2026)));
    CatalogDataset after = next.find("2026-kes-001").orElseThrow();
    CkanAnswers.PackageAnswer now = CkanAnswers.of(next).packageShow(HERE, after);
    assertThat(now.tag()).isNotEqualTo(old.tag());
    assertThat(json(now.body()).getJsonObject("result").getInt("num_resources")).isEqualTo(9);
    assertThat(json(old.body()).getJsonObject("result").getInt("num_resources")).isEqualTo(6);
  }

  @Test
  void otherAnswersAreRenderedOncePerKeyAndFailuresAreNotKept() {
    CkanAnswers answers = CkanAnswers.of(snapshot);
    AtomicInteger renders = new AtomicInteger();
    byte[] first =
        answers.other("package_list\nx", () -> new byte[] {(byte) renders.incrementAndGet()});
    assertThat(answers.other("package_list\nx", () -> new byte[] {9})).isSameAs(first);
    assertThat(answers.other("package_list\ny", () -> new byte[] {7})).containsExactly(7);
    assertThat(renders).hasValue(1);
    assertThatThrownBy(
            () ->
                answers.other(
                    "package_search\nbad",
                    () -> {
                      throw new IllegalArgumentException("bad sort");
                    }))
        .hasMessage("bad sort");
    assertThat(answers.other("package_search\nbad", () -> new byte[] {1})).containsExactly(1);
    // a new snapshot keeps nothing of the old one
    Snapshot next = snapshot.with("2026-kes-001", Optional.of(dataset(5, 2025)));
    assertThat(CkanAnswers.of(next).other("package_list\nx", () -> new byte[] {2}))
        .containsExactly(2);
  }
}
