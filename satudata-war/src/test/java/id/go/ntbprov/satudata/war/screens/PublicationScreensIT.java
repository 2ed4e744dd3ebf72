package id.go.ntbprov.satudata.war.screens;

import static id.go.ntbprov.satudata.war.screens.CheckingScreensIT.inRow;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.SopFixtures;
import id.go.ntbprov.satudata.war.support.Browser;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Publication in one click with the time-standard indicator, the refusal of publishing without a
 * validation letter, withdrawal with its reason, and the page refused to a producer, clicked in
 * Chromium. Preconditions come through the REST API; item codes start with {@code PSI-}.
 */
class PublicationScreensIT extends ScreenTest {

  private SopFixtures fixtures() throws URISyntaxException {
    return new SopFixtures(base.toURI());
  }

  private String status(String id) throws URISyntaxException {
    return fixtures().as("walidata").get("api/v1/submissions/" + id).json().getString("status");
  }

  /** A DINKES submission of a new item, accepted as conformant; returns its id. */
  private String conformant(String code) throws URISyntaxException {
    SopFixtures f = fixtures();
    return f.conformant(f.agreedItem(code), "2025").substring("api/v1/submissions/".length());
  }

  @Test
  void walidataPublishesInOneClickWithinTheTimeStandard() throws Exception {
    String id = conformant("PSI-1");
    fixtures().validated(id, "PSI-1/SV/2026");

    Browser b = as("walidata");
    assertThat(b.text(By.id("toPublish"))).matches("[1-9][0-9]*");
    b.click(By.id("toPublishLink"));
    assertThat(b.path()).isEqualTo("/staff/publication.xhtml");
    By waiting = inRow("publication:ready", id, "time");
    assertThat(b.text(waiting)).startsWith("Menunggu publikasi:").endsWith("sesuai standar");
    assertThat(b.waitFor(waiting).getAttribute("class")).contains("sd-ok");
    b.screenshot("publication-walidata");

    b.click(inRow("publication:ready", id, "publish"));

    assertThat(b.text(By.id("messages"))).contains("Data " + id + " telah dipublikasikan");
    assertThat(b.driver().findElements(inRow("publication:ready", id, "publish"))).isEmpty();
    By done = inRow("publication:published", id, "time");
    assertThat(b.text(done)).startsWith("Dipublikasikan").contains("sesuai standar");
    assertThat(b.waitFor(done).getAttribute("class")).contains("sd-ok");
    assertThat(status(id)).isEqualTo("PUBLISHED");
  }

  @Test
  void publishingWithoutAValidationLetterShowsTheRulesMessage() throws Exception {
    String id = conformant("PSI-2");

    Browser b = as("walidata").go("staff/submission.xhtml?id=" + id);
    assertThat(b.text(By.id("detail:time"))).isEqualTo("Belum berjalan (menunggu validasi)");
    b.click(By.id("detail:publish"));

    assertThat(b.text(By.id("messages")))
        .contains("Data " + id + " belum dapat dipublikasikan")
        .contains("surat validasi Kepala OPD DINKES");
    assertThat(status(id)).isEqualTo("CONFORMANT");
  }

  @Test
  void aWithdrawalNeedsAReason() throws Exception {
    String id = conformant("PSI-3");
    SopFixtures f = fixtures();
    f.validated(id, "PSI-3/SV/2026");
    assertThat(f.as("walidata").post("api/v1/submissions/" + id + "/publish", "").status())
        .isEqualTo(200);

    Browser b = as("walidata").go("staff/publication.xhtml");
    b.click(inRow("publication:published", id, "withdraw"));
    b.click(By.id("publication:confirmWithdraw"));
    assertThat(b.text(By.id("messages")))
        .contains("Penarikan data " + id + " dari publikasi wajib disertai alasan");
    assertThat(status(id)).isEqualTo("PUBLISHED");

    b.type(By.id("publication:reason"), "Angka 5201 keliru, akan diperbaiki.");
    b.click(By.id("publication:confirmWithdraw"));

    assertThat(b.text(By.id("messages"))).contains("Data " + id + " telah ditarik");
    assertThat(status(id)).isEqualTo("WITHDRAWN");
    assertThat(b.driver().findElements(inRow("publication:published", id, "withdraw"))).isEmpty();
  }

  @Test
  void aProducerMayNotOpenThePublicationPage() {
    Browser b = as("produsen.dinkes");
    assertThat(b.driver().findElements(By.id("nav-publication"))).isEmpty();
    assertThat(b.status("staff/publication.xhtml")).isEqualTo(403);
    b.go("staff/publication.xhtml");
    assertThat(b.text(By.id("errorMessage")))
        .contains("Langkah PUBLISH tidak boleh dilakukan oleh akun produsen.dinkes");
  }

  @Test
  void thePublicationPageFitsAPhone() {
    Browser b = as("walidata").size(390, 844).go("staff/publication.xhtml");
    b.waitFor(By.id("publication:ready"));
    assertThat(b.overflowsHorizontally()).isFalse();
    b.screenshot("publication-walidata-phone");
  }
}
