package id.go.ntbprov.satudata.war.screens;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.Api;
import id.go.ntbprov.satudata.war.SopFixtures;
import id.go.ntbprov.satudata.war.support.Browser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The custodian's check queue, the submission page (with its object-level read check), the agency
 * head's validation with the letter and its scan, and the letters register, clicked in Chromium.
 * Preconditions (agreed items, uploads handed in) are made through the REST API; item codes start
 * with {@code CSI-}.
 */
class CheckingScreensIT extends ScreenTest {

  private SopFixtures fixtures() throws URISyntaxException {
    return new SopFixtures(base.toURI());
  }

  /** A control (by the end of its id) in the row of a table that links to a submission. */
  static By inRow(String table, String submission, String control) {
    return By.xpath(
        "//*[@id='"
            + table
            + "']//tr[.//a[normalize-space()='"
            + submission
            + "']]//*[substring(@id, string-length(@id) - "
            + control.length()
            + ")=':"
            + control
            + "']");
  }

  private String status(String id) throws URISyntaxException {
    return fixtures().as("walidata").get("api/v1/submissions/" + id).json().getString("status");
  }

  @Test
  void walidataReturnsASubmissionWithErrorsAndTheProducerReadsTheNotes() throws Exception {
    SopFixtures f = fixtures();
    String id = f.submitted(f.agreedItem("CSI-1"), "2025", "9999");

    Browser b = as("walidata");
    assertThat(b.text(By.id("toCheck"))).matches("[1-9][0-9]*");
    b.click(By.id("toCheckLink"));
    assertThat(b.path()).isEqualTo("/staff/checking/queue.xhtml");
    b.click(inRow("queue:list", id, "open"));
    assertThat(b.text(By.id("checkTitle"))).startsWith(id);
    assertThat(b.text(By.cssSelector("[id$='findings']"))).contains("9999").contains("Galat");
    assertThat(b.texts(By.cssSelector("[id$='preview_data'] tr"))).hasSize(10);
    b.screenshot("check-queue-walidata");

    b.click(By.id("queue:accept"));
    assertThat(b.text(By.id("messages")))
        .contains("Data " + id + " masih memiliki")
        .contains("data dengan galat tidak dapat dinyatakan sesuai");
    assertThat(status(id)).isEqualTo("SUBMITTED");

    b.click(By.id("queue:return"));
    assertThat(b.text(By.id("messages"))).contains("wajib disertai catatan perbaikan");
    b.type(By.id("queue:notes"), "Kode wilayah 9999 tidak dikenal: gunakan 5201.");
    b.click(By.id("queue:return"));
    assertThat(b.text(By.id("messages"))).contains("Data " + id + " dikembalikan ke produsen");
    assertThat(b.driver().findElements(inRow("queue:list", id, "open"))).isEmpty();

    b.signOut();
    as("produsen.dinkes").go("staff/submission.xhtml?id=" + id);
    assertThat(b.waitFor(By.id("status")).getAttribute("data-status")).isEqualTo("RETURNED");
    assertThat(b.text(By.id("detail:history"))).contains("Kode wilayah 9999 tidak dikenal");
    assertThat(b.driver().findElements(By.id("detail:accept"))).isEmpty();
  }

  @Test
  void walidataAcceptsAConformantSubmission() throws Exception {
    SopFixtures f = fixtures();
    String id = f.submitted(f.agreedItem("CSI-2"), "2025", SopFixtures.NTB[0]);

    Browser b = as("walidata").go("staff/checking/queue.xhtml");
    b.click(inRow("queue:list", id, "open"));
    assertThat(b.text(By.cssSelector("[id$='findings']"))).contains("Tidak ada temuan");
    b.click(By.id("queue:accept"));

    assertThat(b.text(By.id("messages"))).contains("Data " + id + " dinyatakan sesuai");
    assertThat(status(id)).isEqualTo("CONFORMANT");
  }

  @Test
  void aSupportingCustodianSeesOnlyItsOwnAgencysQueueAndAProducerNoQueue() throws Exception {
    SopFixtures f = fixtures();
    String id = f.submitted(f.agreedItem("CSI-3"), "2025", SopFixtures.NTB[0]);

    Browser b = as("pendukung.dinkes").go("staff/checking/queue.xhtml");
    assertThat(b.driver().findElements(inRow("queue:list", id, "open"))).hasSize(1);
    b.signOut();
    as("pendukung.dpmpd").go("staff/checking/queue.xhtml");
    assertThat(b.waitFor(By.id("queue:list")).getText()).doesNotContain(id);
    b.signOut();
    as("produsen.dinkes");
    assertThat(b.status("staff/checking/queue.xhtml")).isEqualTo(403);
    b.go("staff/checking/queue.xhtml");
    assertThat(b.text(By.id("errorMessage")))
        .contains("Langkah CHECK_CONFORMITY tidak boleh dilakukan oleh akun produsen.dinkes");
  }

  @Test
  void theAgencyHeadValidatesWithTheLetterAndItsScan() throws Exception {
    SopFixtures f = fixtures();
    String path = f.conformant(f.agreedItem("CSI-4"), "2025");
    String id = path.substring("api/v1/submissions/".length());

    Browser b = as("kepala.dinkes");
    assertThat(b.text(By.id("toValidate"))).matches("[1-9][0-9]*");
    b.click(By.id("toValidateLink"));
    assertThat(b.path()).isEqualTo("/staff/checking/validation.xhtml");
    select(b, id);
    b.type(By.id("validation:number"), "CSI-4/SV/2026");
    b.type(By.id("validation:date_input"), "2026-02-06");
    b.click(By.id("validation:validate"));
    assertThat(b.text(By.id("messages")))
        .contains("Surat belum lengkap: Pindaian surat wajib diisi.");
    assertThat(status(id)).isEqualTo("CONFORMANT");

    select(b, id);
    Path pdf = Files.createTempFile(Path.of("target"), "sv-csi-4-", ".pdf");
    Files.writeString(pdf, "%PDF-1.4 surat validasi CSI-4", StandardCharsets.UTF_8);
    b.driver()
        .findElement(By.cssSelector("input[type='file'][id^='validation:scan']"))
        .sendKeys(pdf.toAbsolutePath().toString());
    b.screenshot("validation-kepala");
    b.click(By.id("validation:validate"));

    assertThat(b.text(By.id("messages")))
        .contains("Surat CSI-4/SV/2026 tercatat; 1 data tervalidasi");
    assertThat(status(id)).isEqualTo("VALIDATED");
    assertThat(b.driver().findElements(By.cssSelector("tr[data-rk='" + id + "']"))).isEmpty();
  }

  /** Ticks a row's box unless it is ticked already (a refused submit keeps the selection). */
  private static void select(Browser b, String id) {
    WebElement row =
        b.waitFor(By.cssSelector("[id='validation:awaiting'] tr[data-rk='" + id + "']"));
    if (!"true".equals(row.getAttribute("aria-selected"))) {
      b.click(By.cssSelector("[id='validation:awaiting'] tr[data-rk='" + id + "'] .ui-chkbox-box"));
    }
  }

  @Test
  void theLettersRegisterFindsTheLetterAndDownloadsItsScan() throws Exception {
    SopFixtures f = fixtures();
    String path = f.conformant(f.agreedItem("CSI-5"), "2025");
    f.validated(path.substring("api/v1/submissions/".length()), "CSI-5/SV/2026");

    Browser b = as("walidata").go("staff/letters.xhtml");
    b.type(By.id("letters:number"), "csi-5/sv");
    b.click(By.id("letters:search"));
    assertThat(b.texts(By.cssSelector("[id='letters:list'] .sd-letter-number")))
        .containsExactly("CSI-5/SV/2026");
    assertThat(b.text(By.id("letters:list"))).contains("Surat validasi").contains("DINKES");
    b.screenshot("letters-walidata");

    Path downloads = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "downloads-");
    ((ChromeDriver) b.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    b.click(By.cssSelector("[id='letters:list'] [id$=':download']"));
    Path file = downloads.resolve("CSI-5-SV-2026.pdf");
    b.wait(d -> Files.exists(file) && size(file) > 0);
    assertThat(Files.readString(file)).startsWith("%PDF-1.4 CSI-5-SV-2026.pdf");

    b.type(By.id("letters:number"), "NO-SUCH-LETTER");
    b.click(By.id("letters:search"));
    assertThat(b.text(By.id("letters:list"))).contains("Tidak ada surat yang sesuai");
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  @Test
  void anotherAgencysProducerOpeningASubmissionByUrlIsRefusedWithTheRule() throws Exception {
    SopFixtures f = fixtures();
    String id = f.submitted(f.agreedItem("CSI-6"), "2025", SopFixtures.NTB[0]);
    String page = "staff/submission.xhtml?id=" + id;

    Browser b = as("produsen.dpmpd");
    assertThat(b.status(page)).isEqualTo(403);
    b.go(page);
    assertThat(b.text(By.id("errorTitle"))).isEqualTo("Akses ditolak");
    assertThat(b.text(By.id("errorMessage")))
        .contains("Akun produsen.dpmpd tidak boleh melakukan langkah READ untuk OPD DINKES");
    assertThat(b.status("staff/submission.xhtml?id=2026/NO-SUCH/2025/v1")).isEqualTo(404);
    b.signOut();

    as("walidata").go(page);
    assertThat(b.waitFor(By.id("status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(b.text(By.id("detail:series"))).contains("v1");
    assertThat(b.driver().findElements(By.id("detail:accept"))).hasSize(1);
    assertThat(b.driver().findElements(By.id("detail:publish"))).hasSize(1);
    b.screenshot("submission-walidata");
    b.size(390, 844);
    b.go(page);
    assertThat(b.overflowsHorizontally()).isFalse();
    b.screenshot("submission-walidata-phone");
    Api producer = f.as("produsen.dinkes");
    assertThat(producer.get("api/v1/submissions/" + id).status()).isEqualTo(200);
  }
}
