package id.go.ntbprov.satudata.war.screens;

import static id.go.ntbprov.satudata.war.screens.FormHelp.attach;
import static id.go.ntbprov.satudata.war.screens.FormHelp.select;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.ImportChecks;
import id.go.ntbprov.satudata.war.support.Browser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The planning screens (SOP 1a–1d) in a real browser: a producer proposes an item with its
 * structure, the Pembina Data recommends it, the secretariat records a meeting with its minutes,
 * the forum agrees the item, the custodian checks its availability; the data list import from a
 * workbook, good and bad; refusals with the core's rule message, on buttons and by URL.
 */
class PlanningScreensIT extends ScreenTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  @Test
  void anItemGoesFromProposalToAgreementAndAvailabilityThroughTheScreens() {
    String code = "PSI-" + RUN;
    String meeting = "FDM-" + code;

    // Produsen Data (DINKES) proposes the item with two variables.
    Browser b = FormHelp.home(as("produsen.dinkes")).go("staff/planning/datalist.xhtml");
    b.screenshot("datalist-produsen");
    b.click(By.id("filter:propose"));
    assertThat(b.text(By.id("heading"))).isEqualTo("Usulkan butir baru");
    b.type(By.id("item:code"), code);
    b.type(By.id("item:title"), "Jumlah puskesmas menurut kabupaten/kota");
    b.type(By.id("item:topic"), "Kesehatan");
    select(b, "item:producer", "DINKES");
    select(b, "item:level", "REGENCY_CITY");
    b.type(By.id("item:std:0:value"), "Puskesmas");
    b.type(By.id("item:std:4:value"), "unit");
    b.type(By.id("item:meta:0:value"), "Kompilasi data puskesmas");
    b.type(By.id("item:variables:0:name"), "kode_wilayah");
    select(b, "item:variables:0:type", "CODE");
    b.type(By.id("item:variables:0:codeList"), "wilayah");
    b.driver().findElement(By.id("item:variables:0:key")).click();
    b.click(By.id("item:addVariable"));
    b.type(By.id("item:variables:1:name"), "jumlah_puskesmas");
    select(b, "item:variables:1:type", "INTEGER");
    b.type(By.id("item:regionVariable"), "kode_wilayah");
    b.screenshot("item-proposal-produsen");
    b.click(By.id("item:save"));

    assertThat(b.text(By.id("messages"))).contains("Butir diusulkan");
    assertThat(b.text(By.id("heading"))).isEqualTo("2026 / " + code);
    assertThat(b.text(By.id("status"))).isEqualTo("Diusulkan");
    assertThat(b.waitFor(By.id("item:variables:1:name")).getAttribute("value"))
        .isEqualTo("jumlah_puskesmas");
    assertThat(b.driver().findElements(By.id("decision")))
        .as("no decision for a producer")
        .isEmpty();

    // The Pembina Data sees it waiting on the home page; rejecting without notes is refused.
    b.signOut();
    b = FormHelp.home(as("pembina"));
    assertThat(b.text(By.id("panelPembina"))).contains(code);
    b.screenshot("home-pembina");
    b.go("staff/planning/item.xhtml?year=2026&code=" + code);
    b.click(By.id("decision:reject"));
    assertThat(b.text(By.id("messages")))
        .contains("wajib disertai catatan Pembina Data")
        .contains(code);
    assertThat(b.text(By.id("status"))).isEqualTo("Diusulkan");
    b.type(By.id("decision:notes"), "Sesuai standar data");
    b.click(By.id("decision:recommend"));
    assertThat(b.text(By.id("status"))).isEqualTo("Direkomendasikan");
    assertThat(b.text(By.id("entries"))).contains("Sesuai standar data").contains("pembina");
    b.screenshot("item-pembina");
    // The core refuses a second decision on a recommended item, with its rule.
    b.type(By.id("decision:notes"), "Ditolak");
    b.click(By.id("decision:reject"));
    assertThat(b.text(By.id("messages"))).contains("berstatus RECOMMENDED");

    // The secretariat records the meeting with its minutes.
    b.signOut();
    b = FormHelp.home(as("sekretariat")).go("staff/planning/meetings.xhtml");
    assertThat(b.driver().findElements(By.id("agree"))).as("agreement is the forum's").isEmpty();
    b.type(By.id("record:id"), meeting);
    b.type(By.id("record:year"), "2026");
    b.type(By.id("record:date"), "2026-02-10");
    b.type(By.id("record:minutesNumber"), "BA-" + code);
    b.type(By.id("record:attendees"), "BPS Provinsi NTB\nBappeda NTB");
    attach(b, "record:minutes", FormHelp.pdf("notulen-" + code + ".pdf"));
    b.click(By.id("record:save"));
    assertThat(b.text(By.id("messages"))).contains("Rapat " + meeting + " dicatat");
    assertThat(b.text(By.id("list:meetings")))
        .contains(meeting)
        .contains("BPS Provinsi NTB, Bappeda NTB")
        .contains("notulen-" + code + ".pdf");
    b.screenshot("meetings-sekretariat");
    b.go("staff/index.xhtml");
    assertThat(b.text(By.id("latestMeetings"))).contains(meeting);

    // The forum agrees the item in that meeting.
    b.signOut();
    b = FormHelp.home(as("forum")).go("staff/planning/meetings.xhtml");
    assertThat(b.driver().findElements(By.id("record")))
        .as("recording is the secretariat's")
        .isEmpty();
    select(b, "agree:meeting", meeting);
    b.settle();
    b.waitFor(By.cssSelector("input[value='2026/" + code + "']")).click();
    b.click(By.id("agree:confirm"));
    assertThat(b.text(By.id("messages"))).contains("1 butir disepakati");
    assertThat(b.text(By.id("list:meetings"))).contains("2026/" + code);
    FormHelp.scrollTo(b, "list:meetings");
    b.screenshot("meetings-forum");

    // The custodian checks availability: partly available needs a reason.
    b.signOut();
    b = FormHelp.home(as("walidata")).go("staff/planning/item.xhtml?year=2026&code=" + code);
    assertThat(b.text(By.id("status"))).isEqualTo("Disepakati");
    select(b, "availability:status", "PARTLY");
    b.click(By.id("availability:check"));
    assertThat(b.text(By.id("messages")))
        .contains("Status ketersediaan PARTLY wajib disertai alasan");
    select(b, "availability:status", "PARTLY");
    b.type(By.id("availability:reason"), "Dua kabupaten belum melapor");
    b.click(By.id("availability:check"));
    assertThat(b.text(By.id("availabilityNow"))).isEqualTo("Tersedia sebagian");
    FormHelp.scrollTo(b, "availability");
    b.screenshot("item-walidata");

    // The data list finds it by status and search.
    b.go("staff/planning/datalist.xhtml?year=2026");
    select(b, "filter:status", "AGREED");
    b.type(By.id("filter:search"), code);
    b.click(By.id("filter:apply"));
    assertThat(b.texts(By.cssSelector("[id='items'] tbody tr")))
        .singleElement()
        .asString()
        .contains(code)
        .contains("Disepakati")
        .contains("Tersedia sebagian");
    b.click(By.id("items:0:open"));
    assertThat(b.text(By.id("heading"))).isEqualTo("2026 / " + code);
  }

  @Test
  void aWorkbookImportShowsProgressThenItsCountsAndABadOneEveryProblem() throws Exception {
    String first = "PSW-" + RUN + "-1";
    String second = "PSW-" + RUN + "-2";
    Browser b = FormHelp.home(as("produsen.dinkes")).go("staff/planning/import.xhtml");
    b.type(By.id("upload:year"), "2026");
    attach(
        b,
        "upload:file",
        FormHelp.file(
            "daftar-" + RUN + ".xlsx", ImportChecks.dataList(List.of(first, second), "INTEGER")));
    b.click(By.id("upload:start"));
    b.waitFor(By.id("progress:outcome"));
    b.screenshot("import-produsen");
    assertThat(b.text(By.id("proposed"))).isEqualTo("2");
    assertThat(b.text(By.id("present"))).isEqualTo("0");

    b.go("staff/planning/datalist.xhtml?year=2026");
    b.type(By.id("filter:search"), "PSW-" + RUN);
    b.click(By.id("filter:apply"));
    assertThat(b.text(By.id("items"))).contains(first).contains(second).contains("Diusulkan");

    b.go("staff/planning/import.xhtml");
    attach(
        b,
        "upload:file",
        FormHelp.file(
            "salah-" + RUN + ".xlsx",
            ImportChecks.dataList(List.of("PSX-" + RUN + "-1", "PSX-" + RUN + "-2"), "BILANGAN")));
    b.click(By.id("upload:start"));
    // Bahasa Indonesia by default: the summary and a table of sheet / row / column / problem.
    assertThat(b.text(By.id("summary"))).isEqualTo("2 masalah; tidak ada butir yang diusulkan.");
    assertThat(b.text(By.id("progress:problems"))).contains("Lembar").contains("Masalah");
    assertThat(b.texts(By.cssSelector("[id='progress:problems'] tbody tr")))
        .hasSize(2)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("Variabel")
                    .contains("4")
                    .contains("tipe")
                    .contains("'BILANGAN' tidak dikenal; pilihan:"))
        .anySatisfy(p -> assertThat(p).contains("7").contains("BILANGAN"));
    b.screenshot("import-refused-produsen");

    // The same outcome in English once the user switches language.
    b.clickToNextPage(By.id("lang:en"));
    b.wait(d -> b.text(By.id("summary")).equals("2 problems; no item was proposed."));
    assertThat(b.text(By.id("progress:problems"))).contains("Sheet").contains("Problem");
    assertThat(b.texts(By.cssSelector("[id='progress:problems'] tbody tr")))
        .hasSize(2)
        .allSatisfy(
            p -> assertThat(p).contains("Variabel").contains("'BILANGAN' is unknown; choices:"));
    b.screenshot("import-refused-english-produsen");
    b.clickToNextPage(By.id("lang:id"));
    b.wait(d -> b.text(By.id("summary")).startsWith("2 masalah"));
  }

  @Test
  void anItemsMsVarAndIndicatorsAreEditedOnItsScreenAndKept() {
    String code = "PSM-" + RUN;
    Browser b = FormHelp.home(as("produsen.dinkes")).go("staff/planning/item.xhtml?year=2026");
    b.type(By.id("item:code"), code);
    b.type(By.id("item:title"), "Jumlah posyandu");
    select(b, "item:producer", "DINKES");
    b.type(By.id("item:variables:0:name"), "jumlah_posyandu");
    b.click(By.id("item:save"));
    assertThat(b.text(By.id("heading"))).isEqualTo("2026 / " + code);
    assertThat(b.text(By.id("item:indicators"))).contains("Belum ada indikator.");

    // MS-Var of the variable, and an indicator with its MS-Ind fields.
    assertThat(b.text(By.id("item:variableMetadata:0:variable"))).isEqualTo("jumlah_posyandu");
    b.type(By.id("item:variableMetadata:0:konsep"), "Posyandu");
    b.type(By.id("item:variableMetadata:0:definisi"), "Pos pelayanan terpadu yang aktif");
    b.type(By.id("item:variableMetadata:0:referensiWaktu"), "31 Desember");
    b.click(By.id("item:addIndicator"));
    b.type(By.id("item:indicators:0:nama"), "Rasio posyandu per desa");
    b.type(By.id("item:indicators:0:rumus"), "jumlah_posyandu / jumlah_desa");
    b.type(By.id("item:indicators:0:satuan"), "posyandu per desa");
    b.type(By.id("item:indicators:0:variabelPembangun"), "jumlah_posyandu, jumlah_desa");
    // A second indicator without a name is refused by the core, naming the field.
    b.click(By.id("item:addIndicator"));
    b.click(By.id("item:save"));
    assertThat(b.text(By.id("messages"))).contains("Isian Nama indikator (MS-Ind) wajib diisi.");
    b.click(By.id("item:indicators:1:removeIndicator"));
    FormHelp.scrollTo(b, "item:variableMetadata");
    b.screenshot("item-metadata-produsen");
    b.click(By.id("item:save"));
    assertThat(b.text(By.id("messages"))).contains("Perbaikan disimpan");

    // Reloaded from the database: kept.
    b.go("staff/planning/item.xhtml?year=2026&code=" + code);
    assertThat(b.waitFor(By.id("item:variableMetadata:0:konsep")).getAttribute("value"))
        .isEqualTo("Posyandu");
    assertThat(b.waitFor(By.id("item:variableMetadata:0:referensiWaktu")).getAttribute("value"))
        .isEqualTo("31 Desember");
    assertThat(b.driver().findElements(By.cssSelector("[id='item:indicators'] tbody tr")))
        .hasSize(1);
    assertThat(b.waitFor(By.id("item:indicators:0:nama")).getAttribute("value"))
        .isEqualTo("Rasio posyandu per desa");
    assertThat(b.waitFor(By.id("item:indicators:0:variabelPembangun")).getAttribute("value"))
        .isEqualTo("jumlah_posyandu, jumlah_desa");

    // The Pembina Data reads them but cannot edit them.
    b.signOut();
    b = FormHelp.home(as("pembina")).go("staff/planning/item.xhtml?year=2026&code=" + code);
    assertThat(b.waitFor(By.id("item:indicators:0:nama")).getAttribute("disabled")).isNotNull();
    assertThat(b.driver().findElements(By.id("item:addIndicator"))).isEmpty();
  }

  @Test
  void pagesOfStepsTheRoleMayNotDoAreRefusedByUrlWithTheRule() {
    Browser b = FormHelp.home(as("produsen.dinkes"));
    assertThat(b.status("staff/planning/meetings.xhtml")).isEqualTo(403);
    b.go("staff/planning/meetings.xhtml");
    assertThat(b.text(By.id("errorMessage")))
        .contains("Langkah RECORD_FORUM_MEETING tidak boleh dilakukan oleh akun produsen.dinkes");
    assertThat(b.driver().findElements(By.id("nav-forum-meetings"))).isEmpty();
    assertThat(b.status("staff/planning/datalist.xhtml")).isEqualTo(200);
    b.signOut();

    b = FormHelp.home(as("pembina"));
    assertThat(b.status("staff/planning/import.xhtml")).isEqualTo(403);
    assertThat(b.status("staff/planning/item.xhtml?year=2026&code=NO-SUCH-ITEM")).isEqualTo(404);
    b.go("staff/planning/datalist.xhtml");
    assertThat(b.driver().findElements(By.id("filter:propose")))
        .as("pembina proposes nothing")
        .isEmpty();
  }

  @Test
  void theScreensSpeakEnglishWhenChosenAndFitAPhone() {
    Browser b = FormHelp.home(as("produsen.dinkes"));
    b.clickToNextPage(By.id("lang:en"));
    b.wait(d -> b.text(By.id("welcome")).startsWith("Welcome"));
    b.go("staff/planning/datalist.xhtml?year=2026");
    assertThat(b.text(By.tagName("h1"))).isEqualTo("Regional data list 2026");
    b.go("staff/planning/meetings.xhtml");
    assertThat(b.text(By.id("errorMessage")))
        .contains("Step RECORD_FORUM_MEETING may not be performed by account produsen.dinkes");
    b.go("staff/collection/uploads.xhtml");
    assertThat(b.text(By.tagName("h1"))).isEqualTo("Data uploads");
    b.clickToNextPage(By.id("lang:id"));
    b.wait(d -> b.text(By.tagName("h1")).equals("Unggah Data"));

    b.size(390, 844);
    for (String page :
        List.of(
            "staff/planning/datalist.xhtml",
            "staff/planning/import.xhtml",
            "staff/collection/uploads.xhtml",
            "staff/collection/statements.xhtml",
            "staff/index.xhtml")) {
      b.go(page);
      assertThat(b.overflowsHorizontally()).as(page + " at phone width").isFalse();
    }
    b.screenshot("datalist-phone-produsen");
  }
}
