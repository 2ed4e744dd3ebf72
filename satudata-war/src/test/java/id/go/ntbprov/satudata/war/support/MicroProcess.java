package id.go.ntbprov.satudata.war.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The uber jar run as an operator would run it: {@code java -jar satudata.jar --port N}, with the
 * environment given, output to a log file.
 */
public final class MicroProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final int port;

  private MicroProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the uber jar on a free port. */
  public static MicroProcess start(Path uberJar, Map<String, String> env, Path log)
      throws IOException {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-Djava.io.tmpdir=" + log.getParent().toAbsolutePath(),
                "-jar",
                uberJar.toAbsolutePath().toString(),
                "--port",
                String.valueOf(port)));
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Files.createDirectories(log.getParent());
    return new MicroProcess(builder.start(), log, port);
  }

  /** Waits until {@code /health} answers 200; returns how long that took. */
  public Duration awaitHealthy(Duration timeout) {
    return Http.awaitOk(uri("/health"), timeout, process);
  }

  /** The URI of a path on this server. */
  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Everything the server printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the server at once (SIGKILL), as a power cut or an OOM killer would. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server as a service manager would (SIGTERM), and waits for it to end. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
