package id.go.ntbprov.satudata.web.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.CatalogTestData;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import id.go.ntbprov.satudata.web.catalog.dcat.CatalogDocuments.Format;
import id.go.ntbprov.satudata.web.catalog.page.ServletCalls;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

/** The DCAT and data.json documents are built once per catalogue snapshot. */
class CatalogDocumentsTest {

  static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

  static CatalogDataset dataset(String code, String title, int minutes) {
    return CatalogTestData.dataset(
        code,
        title,
        "DINKES",
        "Dinas Kesehatan",
        "Kesehatan",
        Periodicity.ANNUAL,
        T0.plusSeconds(60L * minutes),
        2024,
        2025);
  }

  final Snapshot snapshot =
      Snapshot.of(
          List.of(dataset("KES-001", "Tenaga Kesehatan", 1), dataset("KES-002", "Gizi", 2)));
  final Catalog catalog = CatalogTestData.catalogOf(snapshot);
  final DcatServlet servlet = servlet(catalog);

  static DcatServlet servlet(Catalog catalog) {
    DcatServlet s = new DcatServlet();
    s.catalog = catalog;
    return s;
  }

  ServletCalls.Answer get(String path, Map<String, String> headers) {
    return ServletCalls.get(servlet, path, "", headers);
  }

  static byte[] gunzip(byte[] gzip) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void twoRequestsOfOneSnapshotGetTheSameBytesBuiltOnce() {
    for (String path : List.of("/dcat/catalog.ttl", "/dcat/catalog.jsonld", "/data.json")) {
      long before = CatalogDocuments.of(snapshot).builds();
      ServletCalls.Answer first = get(path, Map.of());
      ServletCalls.Answer second = get(path, Map.of());
      assertThat(first.status()).as(path).isEqualTo(200);
      assertThat(second.body()).as(path).isEqualTo(first.body());
      assertThat(second.headers().get("ETag")).isEqualTo(first.headers().get("ETag"));
      assertThat(second.headers().get("Last-Modified"))
          .isEqualTo(first.headers().get("Last-Modified"));
      // the gzip-encoded answer is the same document, from the same build
      ServletCalls.Answer gzip = get(path, Map.of("Accept-Encoding", "gzip, deflate, br"));
      assertThat(gzip.headers()).containsEntry("Content-Encoding", "gzip");
      assertThat(gzip.headers().get("ETag"))
          .isEqualTo(first.headers().get("ETag").replaceAll("\"$", "-gzip\""));
      assertThat(gunzip(gzip.body())).as(path).isEqualTo(first.body());
      assertThat(first.headers()).doesNotContainKey("Content-Encoding");
      assertThat(CatalogDocuments.of(snapshot).builds()).as(path).isEqualTo(before + 1);
    }
    // another language is another document
    String english = get("/dcat/catalog.ttl", Map.of("Accept-Language", "en")).text();
    assertThat(english).isNotEqualTo(get("/dcat/catalog.ttl", Map.of()).text());
    assertThat(CatalogDocuments.of(snapshot).builds()).isEqualTo(4);
  }

  @Test
  void theKeptDocumentIsWhatTheWritersWrite() {
    PublicUrls urls = PublicUrls.of("http://localhost/");
    Texts texts = Texts.of(Locale.ROOT);
    StringWriter turtle = new StringWriter();
    new DcatCatalog(urls, texts).write(snapshot, RdfWriter.turtle(turtle));
    ByteArrayOutputStream dataJson = new ByteArrayOutputStream();
    new DataJson(urls, texts).write(snapshot, dataJson);

    CatalogDocuments.Document ttl = CatalogDocuments.of(snapshot).get(Format.TTL, urls, texts);
    assertThat(new String(ttl.bytes(), StandardCharsets.UTF_8)).isEqualTo(turtle.toString());
    assertThat(ttl.length()).isEqualTo(ttl.bytes().length);
    assertThat(ttl.gzip().length).isLessThan(ttl.bytes().length);
    assertThat(CatalogDocuments.of(snapshot).get(Format.DATA_JSON, urls, texts).bytes())
        .isEqualTo(dataJson.toByteArray());
    DcatApShapes.requireConforms(
        DcatApShapes.parse(get("/dcat/catalog", Map.of()).text(), Lang.TURTLE));
    DcatApShapes.requireConforms(
        DcatApShapes.parse(
            get("/dcat/catalog", Map.of("Accept", "application/ld+json")).text(), Lang.JSONLD));
  }

  @Test
  void aPublicationYieldsANewDocumentAndValidator() {
    ServletCalls.Answer before = get("/dcat/catalog.ttl", Map.of());
    assertThat(before.text()).doesNotContain("2026-kes-003");
    String etag = before.headers().get("ETag");
    assertThat(get("/dcat/catalog.ttl", Map.of("If-None-Match", etag)).status()).isEqualTo(304);

    Snapshot next = snapshot.with("2026-kes-003", Optional.of(dataset("KES-003", "Imunisasi", 3)));
    CatalogTestData.use(catalog, next);
    ServletCalls.Answer after = get("/dcat/catalog.ttl", Map.of("If-None-Match", etag));
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.headers().get("ETag")).isNotEqualTo(etag);
    assertThat(after.text()).contains("2026-kes-003").contains("Imunisasi");
    assertThat(CatalogDocuments.of(next).builds()).isEqualTo(1);
    assertThat(get("/data.json", Map.of()).text()).contains("2026-kes-003");
    // the old snapshot's documents are not touched (dropped with it)
    assertThat(CatalogDocuments.of(snapshot).builds()).isEqualTo(1);
  }

  @Test
  void gzipOnlyWhenTheClientAcceptsIt() {
    assertThat(DcatServlet.acceptsGzip(null)).isFalse();
    assertThat(DcatServlet.acceptsGzip("gzip")).isTrue();
    assertThat(DcatServlet.acceptsGzip("br, GZIP;q=0.5")).isTrue();
    assertThat(DcatServlet.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(DcatServlet.acceptsGzip("identity")).isFalse();
    assertThat(DcatServlet.acceptsGzip("*")).isTrue();
    assertThat(DcatServlet.acceptsGzip("*, gzip;q=0")).isFalse();
    assertThat(DcatServlet.acceptsGzip("gzip;q=x")).isFalse();
  }

  @Test
  void negotiatedAndVaried() {
    ServletCalls.Answer negotiated = get("/dcat/catalog", Map.of("Accept", "application/ld+json"));
    assertThat(negotiated.headers().get("Content-Type")).startsWith("application/ld+json");
    assertThat(negotiated.headers().get("Vary")).contains("Accept,").contains("Accept-Encoding");
    assertThat(get("/dcat/catalog.ttl", Map.of()).headers().get("Vary"))
        .doesNotContain("Accept,")
        .contains("Accept-Language");
  }
}
