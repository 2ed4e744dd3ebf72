package id.go.ntbprov.satudata.war.screens;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sign-in, sign-out, the language switch, the menu and the layout at laptop and phone widths. */
class SignInIT extends ScreenTest {

  @Test
  void aStaffPageAsksForSignInAndReturnsToItAfterwards() {
    Browser b = browser().go("staff/index.xhtml");
    assertThat(b.path()).isEqualTo("/login.xhtml");
    assertThat(b.text(By.tagName("h1"))).isEqualTo("Masuk ke NTB Satu Data");
    b.screenshot("login");

    b.signIn("produsen.dinkes", PASSWORD);

    assertThat(b.path()).isEqualTo("/staff/index.xhtml");
    assertThat(b.text(By.id("welcome"))).startsWith("Selamat datang,");
    assertThat(b.texts(By.cssSelector("#roles .sd-chip")))
        .containsExactly("Produsen Data (DINKES)");
    assertThat(b.text(By.id("account:user"))).isNotBlank();
    b.screenshot("home-produsen");
  }

  @Test
  void signInReturnsOnlyToStaffPages() {
    Browser b = browser().go("staff/index.xhtml?from=bookmark");
    b.signIn("walidata", PASSWORD);
    assertThat(b.driver().getCurrentUrl()).endsWith("/staff/index.xhtml?from=bookmark");
  }

  @Test
  void aWrongPasswordIsRefusedInTheUsersLanguageAndNothingOpens() {
    Browser b = browser().go("login.xhtml").signIn("walidata", "not-the-password-at-all");

    assertThat(b.path()).isEqualTo("/login.xhtml");
    assertThat(b.text(By.id("messages"))).contains("Nama pengguna atau kata sandi salah");
    assertThat(b.status("staff/index.xhtml")).isEqualTo(302);
  }

  @Test
  void emptyFieldsAreNamedInTheMessage() {
    Browser b = browser().go("login.xhtml");
    b.click(By.id("login:submit"));

    assertThat(b.text(By.id("messages")))
        .contains("Nama pengguna wajib diisi.")
        .contains("Kata sandi wajib diisi.");
  }

  @Test
  void englishCanBeChosenAndStaysChosenUntilSignOut() {
    Browser b = as("walidata");
    b.clickToNextPage(By.id("lang:en"));

    assertThat(b.text(By.id("welcome"))).startsWith("Welcome,");
    assertThat(b.texts(By.cssSelector("#roles .sd-chip")))
        .containsExactly("Data custodian (Walidata)");
    b.go("staff/index.xhtml");
    assertThat(b.waitFor(By.id("account:signOut")).getAttribute("value")).isEqualTo("Sign out");

    b.signOut();
    assertThat(b.text(By.id("signedOut"))).isEqualTo("You have signed out.");
    b.clickToNextPage(By.id("lang:id"));
    assertThat(b.text(By.tagName("h1"))).isEqualTo("Masuk ke NTB Satu Data");
  }

  @Test
  void afterSignOutTheSessionIsGone() {
    Browser b = as("pimpinan");
    assertThat(b.status("staff/index.xhtml")).isEqualTo(200);
    String before = b.driver().manage().getCookieNamed("JSESSIONID").getValue();

    b.signOut();

    assertThat(b.text(By.id("signedOut"))).isEqualTo("Anda telah keluar.");
    assertThat(b.status("staff/index.xhtml")).isEqualTo(302);
    b.go("staff/index.xhtml");
    assertThat(b.path()).isEqualTo("/login.xhtml");
    assertThat(b.driver().manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
  }

  @Test
  void theMenuAndTheHomePageFitALaptopAndAPhone() {
    Browser b = as("admin");
    assertThat(b.overflowsHorizontally()).isFalse();
    assertThat(b.texts(By.cssSelector("#menu .sd-menu-title"))).contains("BERANDA");
    b.screenshot("home-admin-1366x768");

    b.size(390, 844);
    b.go("staff/index.xhtml");
    assertThat(b.overflowsHorizontally()).isFalse();
    b.screenshot("home-admin-phone");
  }

  @Test
  void templatesAreNotPages() {
    assertThat(browser().status("WEB-INF/templates/page.xhtml")).isEqualTo(403);
    assertThat(browser().status("no-such-page.xhtml")).isEqualTo(404);
  }
}
