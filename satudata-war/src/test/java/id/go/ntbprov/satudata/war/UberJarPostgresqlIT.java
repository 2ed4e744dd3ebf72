package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.BootLog;
import id.go.ntbprov.satudata.war.support.EmbeddedPostgresExtension;
import id.go.ntbprov.satudata.war.support.FreshSatudataHome;
import id.go.ntbprov.satudata.war.support.Http;
import id.go.ntbprov.satudata.war.support.MicroProcess;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The uber jar on PostgreSQL configured as the README says, by environment variables only: {@code
 * SATUDATA_DB_URL}, {@code SATUDATA_DB_USER}, {@code SATUDATA_DB_PASSWORD}.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class UberJarPostgresqlIT {

  @Test
  void environmentVariablesSwitchTheUberJarToPostgresql() throws Exception {
    Map<String, String> env =
        Map.of(
            "SATUDATA_DB_URL", System.getProperty("satudata.it.db.url"),
            "SATUDATA_DB_USER", System.getProperty("satudata.it.db.user"),
            "SATUDATA_DB_PASSWORD", System.getProperty("satudata.it.db.password"),
            "SATUDATA_PLATFORM_SELF_TEST", "true");
    Path log = Path.of("target", "it-postgresql", "uber-jar.log");

    try (MicroProcess server = MicroProcess.start(Path.of("target", "satudata.jar"), env, log)) {
      Duration took = server.awaitHealthy(Duration.ofSeconds(180));
      System.out.println("uber jar on PostgreSQL: /health 200 after " + took.toMillis() + " ms");

      JsonObject health = Http.json(Http.get(server.uri("/health")).body());
      assertThat(health.getString("status")).isEqualTo("UP");
      assertThat(Http.healthCheck(health, "database").getJsonObject("data").getString("product"))
          .isEqualTo("PostgreSQL");
      JsonObject job = Http.runSelfTest(server.uri("/"), Duration.ofSeconds(60));
      assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
      assertThat(BootLog.failedBootCommands(server.log())).isEmpty();
    }
  }

  /**
   * The crash test of {@link ImportCrashIT} on PostgreSQL, where the rows go by COPY: killed in the
   * middle of an import, the next start completes it with every row once.
   */
  @Test
  void anImportCutByACrashResumesWithEveryRowOnceOnPostgresql() throws Exception {
    Path work = Path.of("target", "it-postgresql", "crash");
    FreshSatudataHome.delete(work);
    java.nio.file.Files.createDirectories(work);
    Map<String, String> env =
        Map.of(
            "SATUDATA_DB_URL", System.getProperty("satudata.it.db.url"),
            "SATUDATA_DB_USER", System.getProperty("satudata.it.db.user"),
            "SATUDATA_DB_PASSWORD", System.getProperty("satudata.it.db.password"),
            "SATUDATA_DEMO", "true",
            "SATUDATA_HOME", work.resolve("home").toAbsolutePath().toString());
    ImportCrashIT.crashAndResume(env, work, "CRASH-PG");
    assertThat(java.nio.file.Files.readString(work.resolve("run-1.log")))
        .contains("Submission rows are written with PostgreSQL COPY FROM STDIN");
  }
}
