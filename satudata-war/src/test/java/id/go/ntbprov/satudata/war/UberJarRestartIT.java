package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.BootLog;
import id.go.ntbprov.satudata.war.support.FreshSatudataHome;
import id.go.ntbprov.satudata.war.support.Http;
import id.go.ntbprov.satudata.war.support.MicroProcess;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The uber jar as an operator runs it ({@code java -jar satudata.jar --port N}), stopped and
 * started again on the same {@code SATUDATA_HOME}: the second start reads what the first wrote.
 */
class UberJarRestartIT {

  private static final Path UBER_JAR = Path.of("target", "satudata.jar");
  private static final Path WORK = Path.of("target", "it-restart");
  private static final Duration STARTUP = Duration.ofSeconds(180);

  @Test
  void dataSurvivesARestart() throws Exception {
    Path home = WORK.resolve("home").toAbsolutePath();
    FreshSatudataHome.delete(WORK);
    Map<String, String> env =
        Map.of("SATUDATA_HOME", home.toString(), "SATUDATA_PLATFORM_SELF_TEST", "true");
    long executionId;

    try (MicroProcess first = MicroProcess.start(UBER_JAR, env, WORK.resolve("run-1.log"))) {
      Duration took = first.awaitHealthy(STARTUP);
      System.out.println("uber jar, first start: /health 200 after " + took.toMillis() + " ms");
      JsonObject schema = Http.healthCheck(health(first), "schema").getJsonObject("data");
      assertThat(schema.getString("version")).isEqualTo("7");
      assertThat(schema.getString("migrationsAppliedAtStart")).isEqualTo("8");
      assertThat(Http.get(first.uri("/")).statusCode()).isEqualTo(200);
      JsonObject job = Http.runSelfTest(first.uri("/"), Duration.ofSeconds(60));
      assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
      assertThat(job.getJsonNumber("probeRows").longValue()).isEqualTo(5);
      executionId = job.getJsonNumber("executionId").longValue();
      Api producer = Api.signIn(first.uri("/"), "produsen.dinkes", SopOverHttpChecks.PASSWORD);
      assertThat(producer.post("api/v1/items", SopOverHttpChecks.item(2026, "RST-1")).status())
          .isEqualTo(201);
      assertThat(BootLog.failedBootCommands(first.log())).isEmpty();
      assertThat(first.log()).contains("Boot Command set-batch-runtime-configuration returned");
    }

    // Between the runs, with no server holding the file: what did the first run leave?
    String url = "jdbc:h2:file:" + home.resolve("db/satudata");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertThat(
              count(
                  s,
                  "SELECT COUNT(*) FROM \"flyway_schema_history\""
                      + " WHERE \"version\" = '0.1' AND \"success\""))
          .isEqualTo(1);
      assertThat(count(s, "SELECT COUNT(*) FROM platform_probe")).isEqualTo(5);
      assertThat(count(s, "SELECT COUNT(*) FROM agency"))
          .as("NTB's agencies, seeded")
          .isEqualTo(14);
      assertThat(count(s, "SELECT COUNT(*) FROM account_credential WHERE username = 'walidata'"))
          .as("demo accounts, seeded with their password hashes")
          .isEqualTo(1);
      assertThat(
              count(
                  s,
                  "SELECT COUNT(*) FROM information_schema.tables"
                      + " WHERE table_name LIKE 'JBATCH%'"))
          .as("the batch runtime's job repository is in the application's H2 file")
          .isGreaterThanOrEqualTo(4);
    }

    try (MicroProcess second = MicroProcess.start(UBER_JAR, env, WORK.resolve("run-2.log"))) {
      Duration took = second.awaitHealthy(STARTUP);
      System.out.println("uber jar, second start: /health 200 after " + took.toMillis() + " ms");
      JsonObject schema = Http.healthCheck(health(second), "schema").getJsonObject("data");
      assertThat(schema.getString("version")).isEqualTo("7");
      assertThat(schema.getString("migrationsAppliedAtStart"))
          .as("the second start found the first start's schema history")
          .isEqualTo("0");
      JsonObject job = Http.selfTestStatus(second.uri("/"), executionId);
      assertThat(job.getString("batchStatus"))
          .as("the first run's job execution, read from the job repository in the H2 file")
          .isEqualTo("COMPLETED");
      assertThat(job.getJsonNumber("probeRows").longValue())
          .as("the rows the first run's job wrote")
          .isEqualTo(5);
      Api producer = Api.signIn(second.uri("/"), "produsen.dinkes", SopOverHttpChecks.PASSWORD);
      Api.Answer item = producer.get("api/v1/items/2026/RST-1");
      assertThat(item.status()).as("the item proposed in run 1").isEqualTo(200);
      assertThat(item.json().getString("status")).isEqualTo("PROPOSED");
      assertThat(BootLog.failedBootCommands(second.log())).isEmpty();
    }
  }

  private static JsonObject health(MicroProcess server) {
    return Http.json(Http.get(server.uri("/health")).body());
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
