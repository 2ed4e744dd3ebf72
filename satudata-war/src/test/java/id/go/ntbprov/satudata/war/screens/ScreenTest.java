package id.go.ntbprov.satudata.war.screens;

import id.go.ntbprov.satudata.war.support.BootLog;
import id.go.ntbprov.satudata.war.support.Browser;
import id.go.ntbprov.satudata.war.support.Deployments;
import id.go.ntbprov.satudata.war.support.FreshSatudataHome;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the built WAR on managed Payara Micro (failsafe execution {@code
 * it-screens}: its own H2 database with the demo accounts) and one headless Chromium per test
 * class, signed out before each test.
 */
@ExtendWith(BootLog.class)
@ExtendWith(FreshSatudataHome.OncePerRun.class)
@ExtendWith(ArquillianExtension.class)
abstract class ScreenTest {

  /** The demo accounts' password (README, "Identity and demo accounts"). */
  static final String PASSWORD = "satudata-demo-2026";

  private static Browser browser;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void freshSession() throws URISyntaxException {
    if (browser == null) {
      browser = Browser.open(base.toURI());
    }
    browser.driver().manage().deleteAllCookies();
    browser.size(1366, 768);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** The class's browser, signed out at the start of each test. */
  Browser browser() {
    return browser;
  }

  /** Signs in as a demo account and returns the browser on its home page. */
  Browser as(String user) {
    return browser.go("login.xhtml").signIn(user, PASSWORD);
  }
}
