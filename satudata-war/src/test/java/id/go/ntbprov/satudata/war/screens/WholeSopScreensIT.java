package id.go.ntbprov.satudata.war.screens;

import static id.go.ntbprov.satudata.war.screens.CheckingScreensIT.inRow;
import static id.go.ntbprov.satudata.war.screens.FormHelp.attach;
import static id.go.ntbprov.satudata.war.screens.FormHelp.select;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.SopFixtures;
import id.go.ntbprov.satudata.war.support.Browser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole SOP clicked in the browser, one role after the other, from the proposal of an item to
 * the report delivered to the regional head: nothing set up through the API.
 */
class WholeSopScreensIT extends ScreenTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  @Test
  void fromPlanningToADeliveredReportEveryStepIsClicked() throws Exception {
    String code = "WS-" + RUN;
    String item = "2026/" + code;
    String meeting = "FDM-" + code;
    String submission = item + "/2025/v1";

    // 1a. The producer proposes the item, with its standard, metadata and structure.
    Browser b = as("produsen.dinkes").go("staff/planning/datalist.xhtml");
    b.click(By.id("filter:propose"));
    b.type(By.id("item:code"), code);
    b.type(By.id("item:title"), "Jumlah puskesmas menurut kabupaten/kota " + RUN);
    b.type(By.id("item:topic"), "Kesehatan");
    b.type(By.id("item:description"), "Puskesmas yang beroperasi pada akhir tahun.");
    select(b, "item:producer", "DINKES");
    select(b, "item:level", "REGENCY_CITY");
    String[] standard = {
      "Puskesmas", "Fasilitas kesehatan tingkat pertama", "Kabupaten/kota", "Jumlah", "unit"
    };
    for (int i = 0; i < standard.length; i++) {
      b.type(By.id("item:std:" + i + ":value"), standard[i]);
    }
    String[] metadata = {
      "Kompilasi data puskesmas",
      "Perencanaan",
      "Kompilasi administrasi",
      "Dinas Kesehatan",
      "dinkes@ntbprov.go.id"
    };
    for (int i = 0; i < metadata.length; i++) {
      b.type(By.id("item:meta:" + i + ":value"), metadata[i]);
    }
    b.type(By.id("item:variables:0:name"), "kode_wilayah");
    b.type(By.id("item:variables:0:label"), "Kode wilayah");
    select(b, "item:variables:0:type", "CODE");
    b.type(By.id("item:variables:0:codeList"), "wilayah");
    b.driver().findElement(By.id("item:variables:0:key")).click();
    b.driver().findElement(By.id("item:variables:0:required")).click();
    b.click(By.id("item:addVariable"));
    b.type(By.id("item:variables:1:name"), "jumlah_puskesmas");
    b.type(By.id("item:variables:1:label"), "Jumlah puskesmas");
    select(b, "item:variables:1:type", "INTEGER");
    b.type(By.id("item:variables:1:unit"), "unit");
    b.type(By.id("item:regionVariable"), "kode_wilayah");
    b.click(By.id("item:save"));
    assertThat(b.text(By.id("messages"))).contains("Butir diusulkan");
    b.signOut();

    // 1a. The supervisor recommends it.
    b = as("pembina").go("staff/planning/item.xhtml?year=2026&code=" + code);
    b.type(By.id("decision:notes"), "Sesuai standar data");
    b.click(By.id("decision:recommend"));
    assertThat(b.text(By.id("status"))).isEqualTo("Direkomendasikan");
    b.signOut();

    // 1b. The secretariat records the forum meeting with its minutes.
    b = as("sekretariat").go("staff/planning/meetings.xhtml");
    b.type(By.id("record:id"), meeting);
    b.type(By.id("record:year"), "2026");
    b.type(By.id("record:date"), "2026-02-10");
    b.type(By.id("record:minutesNumber"), "BA-" + code);
    b.type(By.id("record:attendees"), "BPS Provinsi NTB\nBappeda NTB");
    attach(b, "record:minutes", FormHelp.pdf("notulen-" + code + ".pdf"));
    b.click(By.id("record:save"));
    assertThat(b.text(By.id("messages"))).contains("Rapat " + meeting + " dicatat");
    b.signOut();

    // 1c. The forum agrees the item.
    b = as("forum").go("staff/planning/meetings.xhtml");
    select(b, "agree:meeting", meeting);
    b.settle();
    b.waitFor(By.cssSelector("input[value='" + item + "']")).click();
    b.click(By.id("agree:confirm"));
    assertThat(b.text(By.id("messages"))).contains("1 butir disepakati");
    b.signOut();

    // 1d. The custodian checks availability.
    b = as("walidata").go("staff/planning/item.xhtml?year=2026&code=" + code);
    assertThat(b.text(By.id("status"))).isEqualTo("Disepakati");
    select(b, "availability:status", "AVAILABLE");
    b.click(By.id("availability:check"));
    assertThat(b.text(By.id("availabilityNow"))).isEqualTo("Tersedia");
    b.signOut();

    // 2. The producer uploads the table for 2025 and hands it in.
    b = as("produsen.dinkes").go("staff/collection/uploads.xhtml?item=" + item + "&period=2025");
    StringBuilder csv = new StringBuilder("kode_wilayah;jumlah_puskesmas\n");
    for (int i = 0; i < SopFixtures.NTB.length; i++) {
      csv.append(SopFixtures.NTB[i]).append(';').append(10 + i).append('\n');
    }
    select(b, "upload:delimiter", "semicolon");
    attach(
        b,
        "upload:file",
        FormHelp.file(
            "puskesmas-" + RUN + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    b.click(By.id("upload:start"));
    assertThat(b.text(By.id("version"))).isEqualTo(submission);
    assertThat(b.text(By.id("errors"))).isEqualTo("0");
    b.click(By.id("result:submit"));
    assertThat(b.text(By.id("status"))).isEqualTo("Diajukan");
    b.signOut();

    // 3a. The custodian checks it and accepts it as conformant.
    b = as("walidata").go("staff/checking/queue.xhtml");
    b.click(inRow("queue:list", submission, "open"));
    if (!b.driver().findElements(By.id("queue:overrideReason")).isEmpty()) {
      b.type(By.id("queue:overrideReason"), "Peringatan sudah diperiksa bersama produsen.");
    }
    b.click(By.id("queue:accept"));
    assertThat(b.text(By.id("messages"))).contains("Data " + submission + " dinyatakan sesuai");
    b.signOut();

    // 3b. The agency head validates it with the signed letter.
    b = as("kepala.dinkes").go("staff/checking/validation.xhtml");
    b.click(
        By.cssSelector(
            "[id='validation:awaiting'] tr[data-rk='" + submission + "'] .ui-chkbox-box"));
    b.type(By.id("validation:number"), code + "/SV/2026");
    b.type(By.id("validation:date_input"), "2026-03-02");
    b.driver()
        .findElement(By.cssSelector("input[type='file'][id^='validation:scan']"))
        .sendKeys(FormHelp.pdf("sv-" + code + ".pdf").toAbsolutePath().toString());
    b.click(By.id("validation:validate"));
    assertThat(b.text(By.id("messages"))).contains("1 data tervalidasi");
    b.signOut();

    // 4. The custodian publishes it in one click; the public catalogue shows it.
    b = as("walidata").go("staff/publication.xhtml");
    b.click(inRow("publication:ready", submission, "publish"));
    assertThat(b.text(By.id("messages"))).contains("Data " + submission + " telah dipublikasikan");
    b.go("");
    b.type(By.name("q"), RUN);
    b.driver().findElement(By.name("q")).submit();
    b.settle();
    assertThat(b.driver().findElement(By.tagName("main")).getText()).contains(RUN);

    // 5a. The custodian runs the evaluation of 2025 and delivers the report (5b).
    String reference = "LAP-" + RUN;
    b.go("staff/evaluation/reports.xhtml");
    b.type(By.id("reports:period"), "2025");
    b.click(By.id("reports:run"));
    new WebDriverWait(b.driver(), Duration.ofSeconds(120))
        .until(ExpectedConditions.textToBe(By.id("reports:jobStatus"), "COMPLETED"));
    b.settle();
    assertThat(b.text(By.id("reports:list:0:period"))).isEqualTo("2025");
    b.click(By.id("reports:list:0:deliver"));
    b.type(By.id("reports:recipient"), "Gubernur NTB");
    b.type(By.id("reports:reference"), reference);
    b.click(By.id("reports:saveDelivery"));
    assertThat(b.text(By.id("messages"))).contains("Penyerahan laporan dicatat.");
    b.signOut();

    // The regional head finds the delivered report on the home page.
    b = as("pimpinan");
    WebElement delivered = b.waitFor(By.id("homeDelivered"));
    assertThat(delivered.getText()).contains("2025").contains(reference);
    b.screenshot("whole-sop-pimpinan");
  }
}
