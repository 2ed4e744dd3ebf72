package id.go.ntbprov.satudata.war.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties the folder named by {@code SATUDATA_HOME} (set by failsafe for the test JVM and so
 * inherited by the Payara Micro process) before the server starts: every run begins on a fresh H2
 * database, also without {@code mvn clean}.
 */
public final class FreshSatudataHome implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    String home = System.getenv("SATUDATA_HOME");
    if (home == null || home.isBlank()) {
      throw new IllegalStateException("SATUDATA_HOME is not set for this test JVM");
    }
    delete(Path.of(home));
  }

  /** Deletes a folder and everything in it, if it exists. */
  public static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * For test classes that share one server (one failsafe execution): only the first class empties
   * the folder, before the server starts; the others find the database as the first left it.
   */
  public static final class OncePerRun implements BeforeAllCallback {

    private static final java.util.concurrent.atomic.AtomicBoolean DONE =
        new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
      if (DONE.compareAndSet(false, true)) {
        new FreshSatudataHome().beforeAll(context);
      }
    }
  }
}
