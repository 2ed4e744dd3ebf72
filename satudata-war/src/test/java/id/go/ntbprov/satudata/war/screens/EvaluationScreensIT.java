package id.go.ntbprov.satudata.war.screens;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.Browser;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The evaluation screens (SOP 5a, 5b): the custodian runs the report job from the screen and
 * watches it complete, downloads the PDF and the workbook, records the delivery to the regional
 * head; the regional head finds it on the home page and reads the dashboard; refusals.
 */
class EvaluationScreensIT extends ScreenTest {

  private RestSetup rest() throws URISyntaxException {
    return new RestSetup(base.toURI());
  }

  @Test
  void walidataRunsTheEvaluationDeliversItAndThePimpinanReadsIt() throws Exception {
    String reference = "ES-" + System.nanoTime();
    Browser b = as("walidata").go("staff/evaluation/reports.xhtml");
    b.type(By.id("reports:period"), "2023-Q2");
    b.click(By.id("reports:run"));
    assertThat(b.text(By.id("messages"))).contains("Evaluasi periode 2023-Q2 dimulai.");
    new WebDriverWait(b.driver(), Duration.ofSeconds(90))
        .until(ExpectedConditions.textToBe(By.id("reports:jobStatus"), "COMPLETED"));
    b.settle();
    assertThat(b.text(By.id("reports:jobExit"))).contains("report=").contains("pdf=");

    // The newest report is the first row: its PDF and workbook download with the session.
    assertThat(b.text(By.id("reports:list:0:period"))).isEqualTo("2023-Q2");
    RestSetup.Download pdf = rest().download(b.driver(), href(b, By.id("reports:list:0:pdf")));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.start(5)).isEqualTo("%PDF-");
    RestSetup.Download xlsx = rest().download(b.driver(), href(b, By.id("reports:list:0:xlsx")));
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.start(2)).isEqualTo("PK");
    b.screenshot("evaluation-reports-walidata");

    b.click(By.id("reports:list:0:deliver"));
    b.type(By.id("reports:recipient"), "Gubernur NTB");
    b.type(By.id("reports:reference"), reference);
    b.click(By.id("reports:saveDelivery"));
    assertThat(b.text(By.id("messages"))).contains("Penyerahan laporan dicatat.");
    assertThat(b.text(By.id("reports:list"))).contains("Gubernur NTB").contains(reference);
    b.signOut();

    // The regional head: the delivered report on the home page, then the dashboard.
    b.signIn("pimpinan", PASSWORD);
    assertThat(b.text(By.id("homeDelivered"))).contains("2023-Q2").contains(reference);
    WebElement homePdf = b.driver().findElement(By.cssSelector("#homeDelivered .sd-pdf"));
    assertThat(rest().download(b.driver(), homePdf.getAttribute("href")).start(5))
        .isEqualTo("%PDF-");
    b.screenshot("home-pimpinan");
    b.click(By.id("homeDashboard"));
    assertThat(b.path()).isEqualTo("/staff/evaluation/dashboard.xhtml");
    b.type(By.id("dash:period"), "2023-Q2");
    b.click(By.id("dash:show"));
    assertThat(b.text(By.id("dash:figuresTitle"))).contains("2023-Q2");
    String region = b.text(By.id("dash:region"));
    assertThat(region)
        .contains("Butir disepakati")
        .contains("Cakupan")
        .contains("Laporan diserahkan");
    assertThat(b.texts(By.cssSelector("#dash\\:trend tbody tr")))
        .hasSize(4)
        .anySatisfy(row -> assertThat(row).startsWith("2023-Q2").doesNotContain("–"));
    // Charts are drawn by PrimeFaces' Chart.js into canvases.
    assertThat(b.driver().findElements(By.cssSelector("#dash\\:trendChart canvas"))).hasSize(1);
    assertThat(b.driver().findElements(By.cssSelector("#dash\\:coverageChart canvas"))).hasSize(1);
    b.screenshot("evaluation-dashboard-pimpinan");
    // The regional head reads but does not run or deliver.
    b.go("staff/evaluation/reports.xhtml");
    assertThat(b.driver().findElements(By.id("reports:run"))).isEmpty();
    assertThat(b.driver().findElements(By.id("reports:list:0:deliver"))).isEmpty();
  }

  @Test
  void aDeliveryWithoutRecipientOrOfAReportWithoutDocumentIsRefusedWithTheRule() throws Exception {
    // A report evaluated directly (no job, so no document yet).
    rest().post("walidata", "api/v1/evaluations", "{\"period\":\"2022\"}", 201);
    Browser b = as("walidata").go("staff/evaluation/reports.xhtml");
    assertThat(b.text(By.id("reports:list:0:period"))).isEqualTo("2022");
    assertThat(b.text(By.id("reports:list"))).contains("Belum ada dokumen");

    b.click(By.id("reports:list:0:deliver"));
    b.type(By.id("reports:recipient"), "Gubernur NTB");
    b.type(By.id("reports:reference"), "TANPA-DOKUMEN");
    b.click(By.id("reports:saveDelivery"));
    assertThat(b.text(By.id("messages")))
        .contains("Penyampaian laporan kepada Pimpinan Daerah memerlukan dokumen laporan");

    // A report with its document, but no recipient.
    rest().evaluateAsJob("walidata", "2022-Q1");
    b.go("staff/evaluation/reports.xhtml");
    assertThat(b.text(By.id("reports:list:0:period"))).isEqualTo("2022-Q1");
    b.click(By.id("reports:list:0:deliver"));
    b.type(By.id("reports:reference"), "TANPA-PENERIMA");
    b.click(By.id("reports:saveDelivery"));
    assertThat(b.text(By.id("messages"))).contains("Isian Penerima laporan wajib diisi.");
    assertThat(b.text(By.id("reports:list:0:period"))).isEqualTo("2022-Q1");
    assertThat(b.driver().findElement(By.id("reports:list")).getText())
        .doesNotContain("TANPA-PENERIMA");
  }

  @Test
  void aMalformedPeriodIsRefusedWithTheRuleAndEnglishIsOffered() {
    Browser b = as("walidata").go("staff/evaluation/reports.xhtml");
    b.type(By.id("reports:period"), "2026-Q9");
    b.click(By.id("reports:run"));
    assertThat(b.text(By.id("messages"))).contains("Isian Periode tidak valid: 2026-Q9.");
    assertThat(b.driver().findElements(By.id("reports:jobStatus"))).isEmpty();

    b.go("staff/evaluation/dashboard.xhtml");
    b.clickToNextPage(By.id("lang:en"));
    b.type(By.id("dash:period"), "2026-Q9");
    b.click(By.id("dash:show"));
    assertThat(b.text(By.id("messages"))).contains("2026-Q9");
    assertThat(b.text(By.tagName("h1"))).isEqualTo("Evaluation dashboard");
    b.type(By.id("dash:period"), "2001");
    b.click(By.id("dash:show"));
    assertThat(b.text(By.id("dash:none"))).contains("No evaluation report for 2001 yet.");
  }

  @Test
  void aProducerMayNotOpenTheEvaluationScreens() {
    Browser b = as("produsen.dinkes");
    assertThat(b.driver().findElements(By.id("nav-evaluation-dashboard"))).isEmpty();
    for (String page :
        List.of(
            "staff/evaluation/dashboard.xhtml",
            "staff/evaluation/reports.xhtml",
            "staff/evaluation/document.xhtml?report=x&kind=pdf")) {
      assertThat(b.status(page)).as(page).isEqualTo(403);
    }
    b.go("staff/evaluation/dashboard.xhtml");
    assertThat(b.text(By.id("errorMessage")))
        .contains("Langkah EVALUATE tidak boleh dilakukan oleh akun produsen.dinkes");
  }

  @Test
  void aDocumentThatIsNotAReportsIsNotFound() {
    Browser b = as("walidata");
    assertThat(b.status("staff/evaluation/document.xhtml?report=no-such-report&kind=pdf"))
        .isEqualTo(404);
    assertThat(b.status("staff/evaluation/document.xhtml")).isEqualTo(404);
  }

  private static String href(Browser b, By by) {
    return b.waitFor(by).getAttribute("href");
  }
}
