package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.BootLog;
import id.go.ntbprov.satudata.war.support.Deployments;
import id.go.ntbprov.satudata.war.support.Http;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What must hold for the application on Payara Micro whatever the database: the subclasses run
 * these checks, the whole SOP through the REST API ({@link SopOverHttpChecks}) and the public
 * catalogue ({@link CatalogChecks}), on H2 and on PostgreSQL. Each subclass is one deployment (one
 * Micro process).
 */
abstract class PlatformChecks extends CatalogChecks {

  @ArquillianResource URL base;

  @Override
  URI base() {
    return uri("/");
  }

  /** The WAR that {@code mvn package} built, deployed as it is. */
  static WebArchive builtWar() {
    return Deployments.builtWar();
  }

  /** The database product that {@code jdbc/satudata} must report. */
  abstract String expectedDatabaseProduct();

  URI uri(String path) {
    try {
      return base.toURI().resolve(path);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  JsonObject health() {
    HttpResponse<String> response = Http.get(uri("/health"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response.body());
  }

  @Test
  void theApplicationIsAtTheRoot() {
    assertThat(base.getPath()).isIn("", "/");
  }

  @Test
  void healthIsUpWithTheDatabaseSchemaAndBatchChecks() {
    JsonObject health = health();

    assertThat(health.getString("status")).isEqualTo("UP");
    JsonObject database = Http.healthCheck(health, "database");
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getJsonObject("data").getString("product"))
        .isEqualTo(expectedDatabaseProduct());
    assertThat(Http.healthCheck(health, "schema").getString("status")).isEqualTo("UP");
    assertThat(Http.healthCheck(health, "batch-job-repository").getString("status"))
        .isEqualTo("UP");
    assertThat(Http.healthCheck(health, "application").getString("status")).isEqualTo("UP");
  }

  @Test
  void readinessAndLivenessAreServedApart() {
    assertThat(Http.get(uri("/health/ready")).body()).contains("\"database\"");
    HttpResponse<String> live = Http.get(uri("/health/live"));
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"application\"").doesNotContain("\"database\"");
  }

  @Test
  void statusAnswersJsonWithTheVersions() {
    HttpResponse<String> response = Http.get(uri("/api/v1/status"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonObject status = Http.json(response.body());
    assertThat(status.getString("status")).isEqualTo("ok");
    assertThat(status.getString("version")).isEqualTo(System.getProperty("satudata.version"));
    assertThat(status.getString("schemaVersion")).isEqualTo("7");
  }

  @Test
  void theRootServesThePortalPage() {
    HttpResponse<String> response = Http.get(uri("/"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("NTB Satu Data");
  }

  @Test
  void openApiDescribesTheApi() {
    HttpResponse<String> response = Http.get(uri("/openapi"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/status");
  }

  @Test
  void aChunkJobWritesIntoTheApplicationDatabaseWithoutTwoPhaseCommit() {
    // The writer inserts into platform_probe in the chunk transaction in which the batch runtime
    // checkpoints into its own tables: one pool, one local resource. With two non-XA resources the
    // job would end FAILED ("Local transaction already has 1 non-XA Resource").
    JsonObject status = Http.runSelfTest(uri("/"), Duration.ofSeconds(60));

    assertThat(status.getString("batchStatus")).as(status.toString()).isEqualTo("COMPLETED");
    assertThat(status.getString("jobName")).isEqualTo("platform-self-test");
    assertThat(status.getJsonNumber("probeRows").longValue()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void everyPostBootCommandSucceeded() {
    String log = BootLog.text();

    assertThat(log)
        .contains("Boot Command create-jdbc-connection-pool returned with result SUCCESS")
        .contains("Boot Command create-jdbc-resource returned with result SUCCESS")
        .contains("Boot Command set-batch-runtime-configuration returned with result SUCCESS");
    assertThat(BootLog.failedBootCommands(log)).isEmpty();
  }
}
