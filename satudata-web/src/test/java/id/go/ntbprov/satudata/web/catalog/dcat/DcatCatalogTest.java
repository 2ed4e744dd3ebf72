package id.go.ntbprov.satudata.web.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.web.catalog.CatalogTestData;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class DcatCatalogTest {

  static final Instant T0 = Instant.parse("2026-03-01T02:03:04Z");
  static final Node DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset");
  static final Node DISTRIBUTION = NodeFactory.createURI("http://www.w3.org/ns/dcat#Distribution");

  final Snapshot snapshot =
      Snapshot.of(
          List.of(
              CatalogTestData.dataset(
                  "KES-001",
                  "Jumlah \"Tenaga\" Kesehatan\nper <Kabupaten> & kota \\ é",
                  "DINKES",
                  "Dinas Kesehatan",
                  "Kesehatan",
                  Periodicity.ANNUAL,
                  T0,
                  2024,
                  2025),
              CatalogTestData.dataset(
                  "EKO-001",
                  "Pertumbuhan Ekonomi",
                  "BAPPEDA",
                  "Bappeda",
                  "Ekonomi",
                  Periodicity.QUARTERLY,
                  T0,
                  2023),
              CatalogTestData.withdrawn("KES-009", "Ditarik", T0, T0.plusSeconds(5))));

  final DcatCatalog dcat =
      new DcatCatalog(PublicUrls.of("https://data.example/satu data/"), Texts.of(Locale.ROOT));

  String turtle() {
    StringWriter w = new StringWriter();
    dcat.write(snapshot, RdfWriter.turtle(w));
    return w.toString();
  }

  String jsonLd() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dcat.write(snapshot, RdfWriter.jsonLd(out));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void turtleConformsToDcatAp211AndNamesEveryDatasetAndDistribution() {
    Graph g = DcatApShapes.parse(turtle(), Lang.TURTLE);
    DcatApShapes.requireConforms(g);
    assertThat(g.find(Node.ANY, RDF.type.asNode(), DATASET).toList()).hasSize(2);
    // 3 published versions x 3 formats; the withdrawn dataset has none
    assertThat(g.find(Node.ANY, RDF.type.asNode(), DISTRIBUTION).toList()).hasSize(9);
    assertThat(turtle()).doesNotContain("kes-009");
  }

  @Test
  void jsonLdWithItsContextInlineIsTheSameGraph() {
    String text = jsonLd();
    JsonObject doc = Json.createReader(new StringReader(text)).readObject();
    assertThat(doc.getJsonObject("@context").getString("dcat"))
        .isEqualTo("http://www.w3.org/ns/dcat#");
    Graph fromJson = DcatApShapes.parse(text, Lang.JSONLD);
    DcatApShapes.requireConforms(fromJson);
    Graph fromTurtle = DcatApShapes.parse(turtle(), Lang.TURTLE);
    assertThat(fromJson.find().toList()).filteredOn(t -> !fromTurtle.contains(t)).isEmpty();
    assertThat(fromTurtle.find().toList()).filteredOn(t -> !fromJson.contains(t)).isEmpty();
    assertThat(IsoMatcher.isomorphic(fromJson, fromTurtle)).isTrue();
  }

  @Test
  void theValidatorCatchesAMissingMandatoryProperty() {
    String broken =
        "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
            + "<http://x/ds> a dcat:Dataset ; dct:description \"no title\" .";
    assertThatThrownBy(() -> DcatApShapes.requireConforms(DcatApShapes.parse(broken, Lang.TURTLE)))
        .hasMessageContaining("title");
  }

  @Test
  void contentNegotiation() {
    assertThat(DcatServlet.negotiate(null)).isEqualTo(CatalogDocuments.Format.TTL);
    assertThat(DcatServlet.negotiate("text/turtle")).isEqualTo(CatalogDocuments.Format.TTL);
    assertThat(DcatServlet.negotiate("application/ld+json"))
        .isEqualTo(CatalogDocuments.Format.JSONLD);
    assertThat(DcatServlet.negotiate("text/turtle;q=0.5, application/json"))
        .isEqualTo(CatalogDocuments.Format.JSONLD);
    assertThat(DcatServlet.negotiate("text/html,*/*;q=0.8")).isEqualTo(CatalogDocuments.Format.TTL);
  }

  @Test
  void dataJsonListsEveryActiveDatasetWithItsDownloads() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DataJson(PublicUrls.of("https://data.example/"), Texts.of(Locale.ROOT))
        .write(snapshot, out);
    JsonObject doc =
        Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    assertThat(doc.getString("conformsTo"))
        .isEqualTo("https://project-open-data.cio.gov/v1.1/schema");
    assertThat(doc.getJsonArray("dataset")).hasSize(2);
    JsonObject kes =
        doc.getJsonArray("dataset").stream()
            .map(JsonObject.class::cast)
            .filter(d -> d.getString("identifier").endsWith("2026-kes-001"))
            .findFirst()
            .orElseThrow();
    assertThat(kes.getString("title")).contains("\"Tenaga\"");
    assertThat(kes.getJsonArray("distribution")).hasSize(6);
    assertThat(kes.getJsonArray("distribution").getJsonObject(0).getString("downloadURL"))
        .startsWith("https://data.example/download/2026-kes-001/2025/v1.");
    assertThat(kes.getString("accrualPeriodicity")).isEqualTo("R/P1Y");
  }
}
