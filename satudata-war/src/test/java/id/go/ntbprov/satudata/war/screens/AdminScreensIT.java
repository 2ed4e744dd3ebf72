package id.go.ntbprov.satudata.war.screens;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.Browser;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration screens: agencies, accounts and roles (a new account signs in; disabled, it
 * cannot), the job monitor (an evaluation execution listed; a failed one restarted), the schedule,
 * the audit trail's filters; refusals by the core's rules and 403 for other roles.
 */
class AdminScreensIT extends ScreenTest {

  private RestSetup rest() throws URISyntaxException {
    return new RestSetup(base.toURI());
  }

  @Test
  void adminCreatesAnAgencyAndAnAccountThatSignsInUntilItIsDisabled() {
    String suffix = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    String agency = "AS" + suffix;
    String user = "as.user." + suffix.toLowerCase();
    String password = "kata-sandi-awal-" + suffix;

    Browser b = as("admin").go("staff/admin/agencies.xhtml");
    b.type(By.id("agencies:code"), agency);
    b.type(By.id("agencies:name"), "Dinas Uji " + suffix);
    b.type(By.id("agencies:head"), "Kepala Uji");
    b.click(By.id("agencies:save"));
    assertThat(b.text(By.id("messages"))).contains("Perangkat daerah " + agency + " disimpan.");
    assertThat(b.text(By.id("agencies:list"))).contains(agency).contains("Dinas Uji " + suffix);
    b.screenshot("admin-agencies");

    b.go("staff/admin/accounts.xhtml");
    b.type(By.id("accounts:username"), user);
    b.type(By.id("accounts:displayName"), "Pengguna Uji");
    b.type(By.id("accounts:password"), password);
    new Select(b.waitFor(By.id("accounts:role"))).selectByValue("PRODUSEN_DATA");
    new Select(b.waitFor(By.id("accounts:agency"))).selectByValue(agency);
    b.click(By.id("accounts:create"));
    assertThat(b.text(By.id("messages"))).contains("Akun " + user + " dibuat.");
    assertThat(b.text(By.id("accounts:list"))).contains(user);
    b.screenshot("admin-accounts");
    b.signOut();

    b.signIn(user, password);
    assertThat(b.path()).isEqualTo("/staff/index.xhtml");
    assertThat(b.texts(By.cssSelector("#roles .sd-chip")))
        .containsExactly("Produsen Data (" + agency + ")");
    b.signOut();

    b.signIn("admin", PASSWORD).go("staff/admin/accounts.xhtml");
    b.click(By.id(rowButton(b, user, "disable")));
    assertThat(b.text(By.id("messages"))).contains("Akun " + user + " dinonaktifkan.");
    b.signOut();

    b.signIn(user, password);
    assertThat(b.path()).isEqualTo("/login.xhtml");
    assertThat(b.text(By.id("messages"))).contains("Nama pengguna atau kata sandi salah");
  }

  @Test
  void rolesAreAddedAndRemovedAndWrongInputIsRefusedWithTheRule() {
    String suffix = Long.toString(System.nanoTime() % 100_000_000L, 36);
    String user = "as.roles." + suffix;
    Browser b = as("admin").go("staff/admin/accounts.xhtml");

    // Too short a password: the policy's message, and no account.
    b.type(By.id("accounts:username"), user);
    b.type(By.id("accounts:displayName"), "Peran Uji");
    b.type(By.id("accounts:password"), "pendek");
    new Select(b.waitFor(By.id("accounts:role"))).selectByValue("SEKRETARIAT");
    b.click(By.id("accounts:create"));
    assertThat(b.text(By.id("messages"))).contains("Isian Kata sandi tidak valid: min. 12.");
    assertThat(b.text(By.id("accounts:list"))).doesNotContain(user);

    // A scoped role without its agency: the core's refusal.
    b.type(By.id("accounts:password"), "cukup-panjang-sekali");
    new Select(b.waitFor(By.id("accounts:role"))).selectByValue("KEPALA_OPD");
    b.click(By.id("accounts:create"));
    assertThat(b.text(By.id("messages"))).contains("Isian OPD peran tidak valid: KEPALA_OPD");
    assertThat(b.text(By.id("accounts:list"))).doesNotContain(user);

    new Select(b.waitFor(By.id("accounts:role"))).selectByValue("SEKRETARIAT");
    b.type(By.id("accounts:password"), "cukup-panjang-sekali");
    b.click(By.id("accounts:create"));
    assertThat(b.text(By.id("messages"))).contains("Akun " + user + " dibuat.");

    b.click(By.id(rowButton(b, user, "roles")));
    new Select(b.waitFor(By.id("accounts:roleAdd"))).selectByValue("FORUM_DATA");
    new Select(b.waitFor(By.id("accounts:agencyAdd"))).selectByValue("");
    b.click(By.id("accounts:addRole"));
    assertThat(b.text(By.id("messages"))).contains("Peran akun " + user + " disimpan.");
    assertThat(b.text(By.id("accounts:roleEditor"))).contains("Forum").contains("Sekretariat");
    b.click(By.cssSelector("#accounts\\:roleEditor button[id$=':remove']"));
    assertThat(b.text(By.id("messages"))).contains("Peran akun " + user + " disimpan.");
    assertThat(b.texts(By.cssSelector("#accounts\\:roleEditor li"))).hasSize(1);
  }

  @Test
  void theJobMonitorListsTheEvaluationAndRestartsAFailedExecution() throws Exception {
    JsonObject done = rest().evaluateAsJob("walidata", "2021-Q3");
    assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
    long completed = done.getJsonNumber("executionId").longValue();
    // A monthly period passes the API's checks but the core refuses to evaluate it: FAILED.
    JsonObject failed = rest().evaluateAsJob("walidata", "2021-03");
    assertThat(failed.getString("batchStatus")).isEqualTo("FAILED");
    long failedId = failed.getJsonNumber("executionId").longValue();

    Browser b = as("admin").go("staff/admin/jobs.xhtml");
    WebElement row = historyRow(b, completed);
    assertThat(row.getText()).contains("evaluation-report").contains("COMPLETED");
    b.screenshot("admin-jobs");

    WebElement failedRow = historyRow(b, failedId);
    assertThat(failedRow.getText()).contains("FAILED");
    failedRow.findElement(By.cssSelector("button[id$=':restart']")).click();
    b.settle();
    assertThat(b.text(By.id("messages")))
        .contains("Eksekusi " + failedId + " dijalankan ulang sebagai eksekusi");
    // The restarted execution fails again for the same reason, and is listed.
    new WebDriverWait(b.driver(), Duration.ofSeconds(60))
        .until(
            d -> {
              b.click(By.id("jobs:refresh"));
              return b.text(By.id("jobs:history:0:status")).equals("FAILED")
                  && Long.parseLong(b.text(By.id("jobs:history:0:id"))) > failedId;
            });
  }

  @Test
  void theAuditTrailFiltersFindTheDeliveryAndTheScheduleIsShown() throws Exception {
    String reference = "AUD-" + System.nanoTime();
    JsonObject job = rest().evaluateAsJob("walidata", "2020");
    String report = job.getString("exitStatus").replaceAll(".*report=(\\S+).*", "$1");
    rest()
        .post(
            "walidata",
            "api/v1/evaluations/" + report + "/deliveries",
            "{\"recipient\":\"Gubernur NTB\",\"documentReference\":\"" + reference + "\"}",
            200);

    Browser b = as("admin").go("staff/admin/audit.xhtml");
    assertThat(b.texts(By.cssSelector("#audit\\:list tbody tr"))).hasSizeGreaterThan(1);
    new Select(b.waitFor(By.id("audit:step"))).selectByValue("DELIVER_REPORT");
    b.type(By.id("audit:text"), reference);
    b.type(By.id("audit:account"), "walidata");
    b.click(By.id("audit:search"));
    List<String> rows = b.texts(By.cssSelector("#audit\\:list tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).contains("walidata").contains(reference).contains("DELIVERED");
    b.screenshot("admin-audit");

    b.type(By.id("audit:from"), "2001-01-01");
    b.type(By.id("audit:to"), "2001-12-31");
    b.click(By.id("audit:search"));
    assertThat(b.text(By.id("audit:list"))).contains("Tidak ada entri yang cocok.");
    b.type(By.id("audit:from"), "31-01-2026");
    b.click(By.id("audit:search"));
    assertThat(b.text(By.id("messages"))).contains("Tanggal harus ditulis sebagai TTTT-BB-HH");

    b.go("staff/admin/schedules.xhtml");
    assertThat(b.text(By.id("state"))).isIn("aktif", "nonaktif");
    assertThat(b.text(By.id("readOnly"))).contains("SATUDATA_EVALUATION_SCHEDULE");
    assertThat(b.text(By.id("lastClosed"))).matches("\\d{4}-Q[1-4]");
    b.screenshot("admin-schedules");
  }

  @Test
  void otherRolesMayNotOpenTheAdministrationScreens() {
    Browser b = as("produsen.dinkes");
    for (String page :
        List.of(
            "staff/admin/agencies.xhtml",
            "staff/admin/accounts.xhtml",
            "staff/admin/jobs.xhtml",
            "staff/admin/schedules.xhtml",
            "staff/admin/audit.xhtml")) {
      assertThat(b.status(page)).as(page).isEqualTo(403);
    }
    b.go("staff/admin/accounts.xhtml");
    assertThat(b.text(By.id("errorMessage")))
        .contains("Langkah ADMINISTER tidak boleh dilakukan oleh akun produsen.dinkes");
    b.signOut();
    as("walidata");
    assertThat(b.status("staff/admin/audit.xhtml")).isEqualTo(403);
    assertThat(b.driver().findElements(By.id("nav-admin-accounts"))).isEmpty();
  }

  /** The id of a button in the accounts table's row of a user. */
  private static String rowButton(Browser b, String user, String button) {
    List<WebElement> users = b.driver().findElements(By.cssSelector("#accounts\\:list .sd-code"));
    for (WebElement u : users) {
      if (u.getText().equals(user)) {
        return u.getAttribute("id").replace(":user", ":" + button);
      }
    }
    throw new AssertionError(user + " not listed");
  }

  private static WebElement historyRow(Browser b, long execution) {
    for (WebElement row : b.driver().findElements(By.cssSelector("#jobs\\:history tbody tr"))) {
      List<WebElement> id = row.findElements(By.cssSelector(".sd-execution"));
      if (!id.isEmpty() && id.get(0).getText().equals(Long.toString(execution))) {
        return row;
      }
    }
    throw new AssertionError("execution " + execution + " not listed");
  }
}
