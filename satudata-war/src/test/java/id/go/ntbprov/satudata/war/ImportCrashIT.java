package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.FreshSatudataHome;
import id.go.ntbprov.satudata.war.support.MicroProcess;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of bulk imports: the server is killed (SIGKILL) in the middle of an import; at the
 * next start the execution left STARTED is marked failed and the import restarts from its last
 * checkpoint, ending with every row stored exactly once.
 */
class ImportCrashIT {

  private static final Path UBER_JAR = Path.of("target", "satudata.jar");
  private static final Path WORK = Path.of("target", "it-crash");
  private static final Duration STARTUP = Duration.ofSeconds(180);
  private static final int ROWS = 300_000;

  @Test
  void anImportCutByACrashResumesAtItsCheckpointWithNoRowLostOrRepeated() throws Exception {
    FreshSatudataHome.delete(WORK);
    crashAndResume(
        Map.of("SATUDATA_HOME", WORK.resolve("home").toAbsolutePath().toString()), WORK, "CRASH-1");
  }

  /**
   * Starts the uber jar with {@code env}, imports {@value #ROWS} rows as item {@code code}, kills
   * the server (SIGKILL) once some chunks are committed, starts it again and checks that the import
   * completes by itself with every row once. Logs go to {@code work}.
   */
  static void crashAndResume(Map<String, String> settings, Path work, String code)
      throws Exception {
    // Chunks of 10,000 rather than the default: the kill lands with some chunks committed and
    // several still to come.
    Map<String, String> env = new HashMap<>(settings);
    env.put("SATUDATA_IMPORT_CHUNK_SIZE", "10000");
    String id;
    long storedAtKill;
    try (MicroProcess first = MicroProcess.start(UBER_JAR, env, work.resolve("run-1.log"))) {
      first.awaitHealthy(STARTUP);
      URI base = first.uri("/");
      ImportChecks.agree(base, code);
      Api producer = Api.signIn(base, "produsen.dinkes", SopOverHttpChecks.PASSWORD);
      JsonObject started =
          ImportChecks.start(
              producer,
              code,
              "&numberStyle=COMMA_DECIMAL",
              "besar.csv",
              ImportChecks.csv(ROWS, ',', List.of()));
      id = started.getString("submission");
      JsonObject p = waitForRows(producer, id);
      assertThat(p.getString("status")).as("still running when killed").isEqualTo("RUNNING");
      storedAtKill = p.getJsonNumber("rowsStored").longValue();
      assertThat(storedAtKill).isPositive().isLessThan(ROWS);
      assertThat(workingCopies(work)).as("the import's working copy, while it runs").hasSize(1);
      first.kill();
    }
    try (MicroProcess second = MicroProcess.start(UBER_JAR, env, work.resolve("run-2.log"))) {
      second.awaitHealthy(STARTUP);
      Api producer = Api.signIn(second.uri("/"), "produsen.dinkes", SopOverHttpChecks.PASSWORD);
      JsonObject done = awaitEnd(producer, id, Duration.ofSeconds(300));
      assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
      assertThat(done.getJsonNumber("rowsStored").longValue()).isEqualTo(ROWS);
      assertThat(done.getJsonNumber("errors").longValue()).as("no duplicate key").isZero();
      JsonObject draft = producer.get("api/v1/submissions/" + id).json();
      assertThat(draft.getJsonNumber("rows").longValue()).isEqualTo(ROWS);
      assertThat(second.log()).contains("Recovered batch executions left running");
      assertThat(workingCopies(work)).as("working copies left after the import ended").isEmpty();
    }
  }

  /** The imports' working copies in the server's temporary directory (the run's folder). */
  private static List<Path> workingCopies(Path work) throws IOException {
    Path dir = work.resolve("satudata-imports");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".bin")).toList();
    }
  }

  private static JsonObject waitForRows(Api api, String id) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(120));
    while (true) {
      JsonObject p = api.get("api/v1/imports/" + id).json();
      if (p.getJsonNumber("rowsStored").longValue() >= 10_000 || Instant.now().isAfter(end)) {
        return p;
      }
      Thread.sleep(50);
    }
  }

  private static JsonObject awaitEnd(Api api, String id, Duration timeout)
      throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (true) {
      JsonObject p = api.get("api/v1/imports/" + id).json();
      if (p.getString("status").equals("COMPLETED") || Instant.now().isAfter(end)) {
        return p;
      }
      Thread.sleep(500);
    }
  }
}
