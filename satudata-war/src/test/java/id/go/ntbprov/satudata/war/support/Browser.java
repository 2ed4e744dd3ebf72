package id.go.ntbprov.satudata.war.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run}
 * installs them) driven by Selenium, with the few steps every screen test needs: open a page, sign
 * in as a demo account, wait, take a screenshot under {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  /** Where screenshots go. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String CHROMEDRIVER =
      System.getProperty("satudata.it.chromedriver", "/usr/bin/chromedriver");
  private static final String CHROMIUM =
      System.getProperty("satudata.it.chromium", "/usr/bin/chromium");

  private final ChromeDriver driver;
  private final URI base;
  private final Path profile;

  private Browser(URI base) {
    this.base = base;
    if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
      throw new IllegalStateException(
          "Chromium and its driver are needed for the screen tests: "
              + "apt-get install -y chromium chromium-driver (.ci/run does it)");
    }
    // Selenium Manager must never try the network: the driver is given.
    System.setProperty("SE_OFFLINE", "true");
    try {
      Files.createDirectories(Path.of("target"));
      profile = Files.createTempDirectory(Path.of("target"), "chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=id",
        "--window-size=1366,768",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** Starts a browser for the application at {@code base}. */
  public static Browser open(URI base) {
    return new Browser(base);
  }

  /** The Selenium driver, for what the helpers here do not cover. */
  public WebDriver driver() {
    return driver;
  }

  /** Opens a page of the application ({@code "staff/index.xhtml"}). */
  public Browser go(String path) {
    driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    return this;
  }

  /** The path of the current page, without the query. */
  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Signs in through the login page as a user and lands on the home page (or the page asked). */
  public Browser signIn(String user, String password) {
    if (!path().endsWith("/login.xhtml")) {
      go("login.xhtml");
    }
    WebElement name = waitFor(By.id("login:username"));
    name.clear();
    name.sendKeys(user);
    driver.findElement(By.id("login:password")).sendKeys(password);
    // The form posts without ajax: wait for the next page, so that the new session is in place
    // before anything else (a status() call) reads the session cookie.
    return clickToNextPage(By.id("login:submit"));
  }

  /**
   * Clicks a control that posts the whole page (no ajax: sign-in, language switch, sign-out) and
   * waits for the next page: reading right after a plain click can still see the old page.
   */
  public Browser clickToNextPage(By by) {
    WebElement page = driver.findElement(By.tagName("html"));
    wait(ExpectedConditions.elementToBeClickable(by)).click();
    wait(d -> gone(page));
    settle();
    return this;
  }

  /**
   * Whether an element's page has been replaced. Chromium reports the old page's nodes either as
   * stale or as "Node with given id does not belong to the document": both mean gone.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  /** Signs out with the header's button. */
  public Browser signOut() {
    clickToNextPage(By.id("account:signOut"));
    waitFor(By.id("login:username"));
    return this;
  }

  /** Clicks an element once it is clickable and waits for the page or ajax update to settle. */
  public Browser click(By by) {
    WebElement e = wait(ExpectedConditions.elementToBeClickable(by));
    e.click();
    settle();
    return this;
  }

  /** Types into an input, replacing its value. */
  public Browser type(By by, String text) {
    WebElement e = waitFor(by);
    e.clear();
    e.sendKeys(text);
    return this;
  }

  /** Waits until an element is visible and returns it. */
  public WebElement waitFor(By by) {
    return wait(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** The visible text of an element. */
  public String text(By by) {
    return waitFor(by).getText();
  }

  /** The texts of all elements found. */
  public List<String> texts(By by) {
    return driver.findElements(by).stream().map(WebElement::getText).toList();
  }

  /** Waits (up to 30 s) for a condition. */
  public <T> T wait(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }

  /** Waits until the document is loaded and no PrimeFaces ajax request is running. */
  public void settle() {
    wait(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                            + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /**
   * The HTTP status of a GET of a page with this browser's session cookie (Selenium cannot see
   * statuses): how tests prove that a refused page is a 403, not only a hidden link.
   */
  public int status(String path) {
    org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(
            base.resolve(path.startsWith("/") ? path.substring(1) : path));
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Resizes the window (e.g. 390 x 844 for a phone, 1366 x 768 for a laptop). */
  public Browser size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    return this;
  }

  /** Whether the page is wider than the window (a horizontal scroll bar). */
  public boolean overflowsHorizontally() {
    Object over =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    return Boolean.TRUE.equals(over);
  }

  /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try {
      FreshSatudataHome.delete(profile);
    } catch (IOException e) {
      // A profile folder left under target/ harms nothing.
    }
  }
}
