package id.go.ntbprov.satudata.war.screens;

import id.go.ntbprov.satudata.war.support.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** What the planning and collection screen tests do besides clicking: choose, attach, download. */
final class FormHelp {

  private FormHelp() {}

  /** Waits until the sign-in has landed on the home page (its session cookie is then set). */
  static Browser home(Browser b) {
    b.waitFor(By.id("welcome"));
    return b;
  }

  /** Chooses an option of a plain select by its value. */
  static void select(Browser b, String id, String value) {
    new Select(b.waitFor(By.id(id))).selectByValue(value);
  }

  /** Scrolls an element to the top of the window (before a screenshot of what it shows). */
  static void scrollTo(Browser b, String id) {
    ((JavascriptExecutor) b.driver())
        .executeScript("arguments[0].scrollIntoView(true);", b.waitFor(By.id(id)));
  }

  /** Puts a file into the file input inside an element (a form or a p:fileUpload). */
  static void attach(Browser b, String containerId, Path file) {
    b.driver()
        .findElement(
            By.cssSelector(
                "[id='"
                    + containerId
                    + "'] input[type=file], input[type=file][id^='"
                    + containerId
                    + "']"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  /** Writes bytes to a file under {@code target/screen-files/}. */
  static Path file(String name, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screen-files"));
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small but real PDF (one empty page). */
  static Path pdf(String name) {
    String body =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return file(name, body.getBytes(StandardCharsets.US_ASCII));
  }

  /** Lets the browser save downloads into a fresh folder, which it returns. */
  static Path downloadsTo(Browser b, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "downloads", name)).toAbsolutePath();
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      ((ChromeDriver) b.driver())
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", dir.toString()));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits (up to 30 s) for a finished download whose name ends with {@code suffix}. */
  static Path awaitDownload(Path dir, String suffix) {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(end)) {
      try (Stream<Path> files = Files.list(dir)) {
        Optional<Path> done =
            files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
        if (done.isPresent()) {
          return done.get();
        }
        Thread.sleep(200);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no download ending with " + suffix + " in " + dir);
  }
}
