package id.go.ntbprov.satudata.war.screens;

import static id.go.ntbprov.satudata.war.screens.FormHelp.attach;
import static id.go.ntbprov.satudata.war.screens.FormHelp.select;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.Api;
import id.go.ntbprov.satudata.war.ImportChecks;
import id.go.ntbprov.satudata.war.support.Browser;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The collection screens (SOP 2) in a real browser: the producer finds the item due on the home
 * page, uploads a CSV with a bad row through the bulk import, reads the findings with row and
 * column, downloads the rejected-rows report, uploads a corrected file, submits it, registers a
 * statement letter, and sees the custodian's return; another agency's producer is refused by URL.
 * The import's progress bar shows the API's percent (100 % when finished) and stage; a file with
 * 1,100 bad cells has its findings paged to the last one; an import failed by the test hook ({@code
 * failAtRow}, system property {@code satudata.batch.fault-injection} of the micro-h2 container) is
 * restarted from the screen and completes, and a restart clicked on a page left open after the
 * import was restarted elsewhere is refused with the core's rule. Items are taken to AGREED through
 * the REST API (the planning screens have their own test).
 */
class CollectionScreensIT extends ScreenTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  @Test
  void aProducerUploadsReadsTheFindingsRevisesSubmitsAndRegistersAStatementLetter()
      throws Exception {
    String code = "CSI-" + RUN;
    String item = "2026/" + code;
    ImportChecks.agree(base.toURI(), code);

    Browser b = FormHelp.home(as("produsen.dinkes"));
    assertThat(b.text(By.id("dueList"))).contains(item).contains("Belum diunggah");
    b.screenshot("home-produsen-due");
    b.click(By.partialLinkText(item));
    assertThat(b.path()).isEqualTo("/staff/collection/uploads.xhtml");
    assertThat(b.text(By.id("chosen"))).isEqualTo(item);
    assertThat(b.waitFor(By.id("upload:period")).getAttribute("value")).isEqualTo("2025");

    // A quarter for an annual item: the core's rule, and nothing stored.
    b.type(By.id("upload:period"), "2025-Q1");
    attach(
        b,
        "upload:file",
        FormHelp.file("data-" + RUN + ".csv", ImportChecks.csv(5, ';', List.of())));
    b.click(By.id("upload:start"));
    assertThat(b.text(By.id("messages")))
        .contains("Periode 2025-Q1 tidak sesuai periodisitas butir " + item);
    assertThat(b.driver().findElements(By.id("result"))).isEmpty();

    // Not a period at all: said so, and the page stays.
    b.type(By.id("upload:period"), "tahun lalu");
    attach(
        b,
        "upload:file",
        FormHelp.file("data-" + RUN + ".csv", ImportChecks.csv(5, ';', List.of())));
    b.click(By.id("upload:start"));
    assertThat(b.text(By.id("messages"))).contains("tahun lalu");
    assertThat(b.text(By.id("chosen"))).isEqualTo(item);

    // A CSV with a bad third data row (file line 4).
    b.type(By.id("upload:period"), "2025");
    select(b, "upload:delimiter", "semicolon");
    attach(
        b,
        "upload:file",
        FormHelp.file("salah-" + RUN + ".csv", ImportChecks.csv(5, ';', List.of(3))));
    b.click(By.id("upload:start"));
    assertThat(b.text(By.id("version"))).isEqualTo(item + "/2025/v1");
    assertThat(b.text(By.id("status"))).isEqualTo("Draf");
    assertThat(b.text(By.id("errors"))).isEqualTo("1");
    assertThat(b.texts(By.cssSelector("[id='result:findings'] tbody tr")))
        .singleElement()
        .asString()
        .contains("4")
        .contains("jumlah")
        .contains("banyak")
        .contains("Galat")
        .contains("Baris 4, kolom jumlah");
    FormHelp.scrollTo(b, "version");
    b.screenshot("uploads-findings-produsen");

    Path downloads = FormHelp.downloadsTo(b, "findings-" + RUN);
    b.driver().findElement(By.id("result:csv")).click();
    Path report = FormHelp.awaitDownload(downloads, ".csv");
    String csv = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(report.getFileName().toString()).startsWith("temuan-2026_" + code);
    assertThat(csv).startsWith("\uFEFF").contains("jumlah").contains("banyak");
    assertThat(csv.lines()).hasSize(2);

    // The corrected file becomes v2 without findings; it is submitted for the check.
    attach(
        b,
        "upload:file",
        FormHelp.file("benar-" + RUN + ".csv", ImportChecks.csv(5, ';', List.of())));
    b.click(By.id("upload:start"));
    assertThat(b.text(By.id("version"))).isEqualTo(item + "/2025/v2");
    assertThat(b.text(By.id("errors"))).isEqualTo("0");
    assertThat(b.text(By.id("result:findings"))).contains("Tidak ada temuan");
    b.click(By.id("result:submit"));
    assertThat(b.text(By.id("messages"))).contains("Versi " + item + "/2025/v2 diajukan");
    assertThat(b.text(By.id("status"))).isEqualTo("Diajukan");
    assertThat(b.text(By.id("result:versions"))).contains("/v1").contains("/v2").contains("Draf");
    b.screenshot("uploads-submitted-produsen");

    // An old .xls is refused by the import with what to do; no version is recorded for it.
    attach(b, "upload:file", FormHelp.file("lama-" + RUN + ".xls", ImportChecks.xls()));
    b.click(By.id("upload:start"));
    assertThat(b.text(By.id("result:failed")))
        .contains("Impor gagal")
        .contains("format Excel lama (.xls)");
    assertThat(b.driver().findElements(By.id("status"))).isEmpty();

    // Statement letter covering the submitted version, with its scan.
    b.go("staff/collection/statements.xhtml");
    String number = "SP/" + RUN + "/2026";
    b.type(By.id("letter:number"), number);
    b.type(By.id("letter:date"), "2026-03-02");
    b.type(By.id("letter:signatory"), "dr. Produsen, Kepala Bidang");
    b.waitFor(By.cssSelector("input[value='" + item + "/2025/v2']")).click();
    attach(b, "letter:scan", FormHelp.pdf("pernyataan-" + RUN + ".pdf"));
    b.click(By.id("letter:save"));
    assertThat(b.text(By.id("messages"))).contains("Surat pernyataan " + number + " dicatat");
    assertThat(b.text(By.id("list:letters")))
        .contains(number)
        .contains(item + "/2025/v2")
        .contains("pernyataan-" + RUN + ".pdf");
    FormHelp.scrollTo(b, "list:letters");
    b.screenshot("statements-produsen");

    // The custodian returns it (through the API); the producer's home shows the notes.
    returnVersion(item + "/2025/v2", "Kolom jumlah belum sesuai laporan " + RUN);
    b.go("staff/index.xhtml");
    assertThat(b.text(By.id("returnedList")))
        .contains(item + "/2025/v2")
        .contains("Kolom jumlah belum sesuai laporan " + RUN);
  }

  @Test
  void anotherAgencysProducerIsRefusedTheItemByUrlAndSeesNoneOfItsData() throws Exception {
    String code = "CSO-" + RUN;
    ImportChecks.agree(base.toURI(), code);

    Browser b = FormHelp.home(as("produsen.dpmpd"));
    String page = "staff/collection/uploads.xhtml?item=2026/" + code + "&period=2025";
    assertThat(b.status(page)).isEqualTo(403);
    b.go(page);
    assertThat(b.text(By.id("errorMessage")))
        .contains("Akun produsen.dpmpd tidak boleh melakukan langkah READ untuk OPD DINKES");
    b.go("staff/collection/uploads.xhtml");
    assertThat(b.text(By.id("due:items"))).doesNotContain(code);
    b.go("staff/collection/statements.xhtml");
    assertThat(b.texts(By.cssSelector("[id='letter:agency'] option")))
        .allMatch(o -> o.startsWith("DPMPD"));
    b.screenshot("statements-produsen-dpmpd");
    b.signOut();

    b = FormHelp.home(as("pembina"));
    assertThat(b.status("staff/collection/uploads.xhtml")).isEqualTo(403);
    assertThat(b.status("staff/collection/statements.xhtml")).isEqualTo(403);
  }

  @Test
  void theFindingsTablePagesToTheLastOfMoreThanAThousandFindingsAndTheBarShowsThePercent()
      throws Exception {
    String item = agreedItem("CSP");
    // 1,200 rows, the last 1,100 with a non-number: 1,100 findings, the last on file line 1,201.
    List<Integer> bad = IntStream.rangeClosed(101, 1200).boxed().toList();

    Browser b = as("produsen.dinkes");
    b.go("staff/collection/uploads.xhtml?item=" + item + "&period=2025");
    select(b, "upload:delimiter", "semicolon");
    attach(
        b,
        "upload:file",
        FormHelp.file("banyak-" + RUN + ".csv", ImportChecks.csv(1200, ';', bad)));
    b.click(By.id("upload:start"));
    assertThat(b.text(By.id("version"))).isEqualTo(item + "/2025/v1");
    // Finished: the percent the API gives (100) on the bar, the stage and status in words.
    awaitImportEnd(b, "Impor selesai");
    assertThat(b.text(By.id("status"))).isEqualTo("Draf");
    assertThat(b.text(By.id("stage"))).isEqualTo("versi dicatat");
    assertThat(b.text(By.id("percent"))).isEqualTo("100 %");
    assertThat(b.text(By.cssSelector("[id='result:bar'] .ui-progressbar-label")))
        .isEqualTo("100 %");
    assertThat(restPercent("produsen.dinkes", item + "/2025/v1")).isEqualTo(100);
    assertThat(b.text(By.id("rowsStored"))).isEqualTo("1200");
    assertThat(b.text(By.id("errors"))).isEqualTo("1100");
    FormHelp.scrollTo(b, "version");
    b.screenshot("uploads-import-done-produsen");

    // The table pages through all 1,100 findings, 20 a page, past the first 1,000.
    String table = "[id='result:findings'] ";
    assertThat(b.text(By.cssSelector(table + ".ui-paginator-current")))
        .isEqualTo("Temuan 1\u201320 dari 1100");
    b.click(By.cssSelector(table + ".ui-paginator-last"));
    b.wait(
        ExpectedConditions.textToBe(
            By.cssSelector(table + ".ui-paginator-current"), "Temuan 1081\u20131100 dari 1100"));
    List<String> rows = b.texts(By.cssSelector(table + "tbody tr"));
    assertThat(rows).hasSize(20);
    assertThat(rows.get(19))
        .startsWith("1201")
        .contains("jumlah")
        .contains("banyak")
        .contains("Galat")
        .contains("Baris 1201, kolom jumlah");
    assertThat(rows.get(0)).startsWith("1182");
    FormHelp.scrollTo(b, "result:findings_paginator_bottom");
    b.screenshot("uploads-findings-last-page-produsen");

    // The same page in English (still on the last page): the messages follow the language.
    b.clickToNextPage(By.id("lang:en"));
    b.wait(
        ExpectedConditions.textToBe(
            By.cssSelector(table + ".ui-paginator-current"), "Findings 1081\u20131100 of 1100"));
    assertThat(b.texts(By.cssSelector(table + "tbody tr")).get(19))
        .contains("Row 1201, column jumlah")
        .contains("Error");
    assertThat(b.text(By.id("importStatus"))).isEqualTo("Import completed");
    b.clickToNextPage(By.id("lang:id"));
  }

  @Test
  void aFailedImportIsRestartedFromTheUploadScreenAndCompletes() throws Exception {
    String item = agreedItem("CSR");
    String code = item.substring("2026/".length());
    Api api = Api.signIn(base.toURI(), "produsen.dinkes", PASSWORD);
    // A fault injected in the chunk holding data row 550 (chunks of 100, test hook): five chunks
    // are committed, then the import fails.
    String v1 = failedImport(api, code);
    assertThat(v1).isEqualTo(item + "/2025/v1");

    // The producer comes back to the item: the failed import shows, with its percent and restart.
    Browser b = FormHelp.home(as("produsen.dinkes"));
    b.go("staff/collection/uploads.xhtml?item=" + item + "&period=2025");
    assertThat(b.text(By.id("version"))).isEqualTo(v1);
    assertThat(b.text(By.id("importStatus"))).isEqualTo("Impor gagal");
    assertThat(b.text(By.id("stage"))).isEqualTo("membaca dan menyimpan baris");
    assertThat(b.text(By.id("rowsStored"))).isEqualTo("500");
    int percent = Integer.parseInt(b.text(By.id("percent")).replace(" %", ""));
    assertThat(percent).isBetween(45, 55).isEqualTo(restPercent("produsen.dinkes", v1));
    assertThat(b.text(By.id("result:failed")))
        .startsWith("Impor gagal:")
        .contains("impor terhenti sebelum selesai");
    assertThat(b.text(By.id("result:versions"))).contains("Belum ada versi tercatat");
    assertThat(b.driver().findElements(By.id("status"))).as("no version yet").isEmpty();
    FormHelp.scrollTo(b, "version");
    b.screenshot("uploads-import-failed-produsen");

    // Restart: it resumes from the last checkpoint, the bar follows it to the end.
    b.click(By.id("result:restart"));
    assertThat(b.text(By.id("messages")))
        .contains("Impor " + v1 + " dimulai ulang dari titik simpan terakhir");
    awaitImportEnd(b, "Impor selesai");
    assertThat(b.text(By.id("status"))).isEqualTo("Draf");
    assertThat(b.text(By.id("rows"))).isEqualTo("1000");
    assertThat(b.text(By.id("rowsStored"))).isEqualTo("1000");
    assertThat(b.text(By.id("percent"))).isEqualTo("100 %");
    assertThat(b.text(By.id("errors"))).isEqualTo("0");
    assertThat(b.driver().findElements(By.id("result:restart"))).isEmpty();
    assertThat(b.text(By.id("result:versions"))).contains(v1);
    b.screenshot("uploads-import-restarted-produsen");

    // A page left open on a failed import that was restarted elsewhere meanwhile: the restart is
    // refused with the core's rule (the version exists now), not run twice.
    String v2 = failedImport(api, code);
    assertThat(v2).isEqualTo(item + "/2025/v2");
    b.go("staff/collection/uploads.xhtml?item=" + item + "&period=2025");
    assertThat(b.text(By.id("version"))).isEqualTo(v2);
    assertThat(b.text(By.id("importStatus"))).isEqualTo("Impor gagal");
    Api.Answer restarted = api.post("api/v1/imports/" + v2 + "/restart", "");
    assertThat(restarted.status()).as(restarted.toString()).isEqualTo(200);
    assertThat(ImportChecks.await(api, v2).getString("status")).isEqualTo("COMPLETED");
    b.click(By.id("result:restart"));
    assertThat(b.text(By.id("messages"))).contains(v2).contains("sudah ada");
    b.screenshot("uploads-restart-refused-produsen");
  }

  /**
   * Waits until the page's poll shows the import ended (the version may show as recorded one poll
   * before the import's own status does: a poll reads the progress first, the version after).
   */
  private static void awaitImportEnd(Browser b, String status) {
    b.wait(ExpectedConditions.textToBe(By.id("importStatus"), status));
  }

  /** A new item of this run agreed through the API; answers its id ("2026/CODE"). */
  private String agreedItem(String prefix) throws Exception {
    String code = prefix + "-" + RUN;
    ImportChecks.agree(base.toURI(), code);
    return "2026/" + code;
  }

  /** Starts an import through the API that fails at data row 550; answers its version. */
  private static String failedImport(Api api, String code) {
    JsonObject started =
        ImportChecks.start(
            api,
            code,
            "&delimiter=semicolon&failAtRow=550",
            "gagal.csv",
            ImportChecks.csv(1000, ';', List.of()));
    String id = started.getString("submission");
    JsonObject failed = ImportChecks.await(api, id);
    assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
    assertThat(failed.getJsonNumber("rowsStored").longValue()).isEqualTo(500);
    return id;
  }

  /** The percent the REST API gives for an import. */
  private int restPercent(String user, String version) throws Exception {
    return Api.signIn(base.toURI(), user, PASSWORD)
        .get("api/v1/imports/" + version)
        .json()
        .getInt("percent");
  }

  /** The custodian returns a version with notes, through the REST API. */
  private void returnVersion(String version, String notes) throws Exception {
    String auth =
        Base64.getEncoder()
            .encodeToString(("walidata:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        base.toURI().resolve("api/v1/submissions/" + version + "/return"))
                    .header("Authorization", "Basic " + auth)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"notes\":\"" + notes + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }
}
