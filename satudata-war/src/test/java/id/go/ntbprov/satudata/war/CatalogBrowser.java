package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public catalogue in headless Chromium (Debian's {@code chromium} and {@code chromium-driver};
 * see STACK.md): search, open the dataset, download its CSV.
 */
final class CatalogBrowser {

  private CatalogBrowser() {}

  static void searchOpenDownload(URI base, String words, String dataset) throws Exception {
    System.setProperty("SE_OFFLINE", "true");
    Path target = Path.of(System.getProperty("satudata.it.tmpdir", "target"));
    Path profile = Files.createTempDirectory(target, "chromium-profile");
    Path downloads = Files.createTempDirectory(target, "chromium-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(base.toString());
      WebElement q = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
      q.sendKeys(words);
      driver.findElement(By.id("search-button")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "1"));
      List<WebElement> links = driver.findElements(By.cssSelector("a.dataset-link"));
      assertThat(links).hasSize(1);
      links.get(0).click();
      wait.until(ExpectedConditions.urlContains("/dataset/" + dataset));
      assertThat(driver.findElement(By.id("dataset-title")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("preview-table")).findElements(By.tagName("tr")))
          .hasSizeGreaterThan(1);
      driver.findElement(By.id("download-csv")).click();
      Path csv = awaitDownload(downloads, ".csv", Duration.ofSeconds(20));
      assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("kode_wilayah,");
    } finally {
      driver.quit();
      service.stop();
    }
  }

  private static Path awaitDownload(Path dir, String suffix, Duration timeout)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      try (Stream<Path> files = Files.list(dir)) {
        var done = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + suffix + " downloaded into " + dir + " within " + timeout);
  }
}
