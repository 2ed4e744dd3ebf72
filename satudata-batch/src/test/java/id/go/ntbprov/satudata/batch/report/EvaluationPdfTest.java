package id.go.ntbprov.satudata.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvaluationPdfTest {

  private final ReportRenderer renderer = new ReportRenderer();

  private PdfText render(id.go.ntbprov.satudata.core.evaluation.Evaluation e, ReportContext ctx)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.pdf(e, ctx, out);
    assertThat(out.toByteArray()).startsWith("%PDF".getBytes());
    return PdfText.read(out.toByteArray());
  }

  @Test
  void reportPrintsTitlePeriodAndTheRegionsFigures() throws IOException {
    PdfText pdf = render(EvaluationFixtures.quarter(), EvaluationFixtures.context());

    assertThat(pdf.width()).isLessThan(pdf.height()); // A4 portrait
    assertThat(pdf.text())
        .contains("Laporan Evaluasi Penyelenggaraan NTB Satu Data — Triwulan I 2026")
        .contains("Wilayah: Provinsi Nusa Tenggara Barat")
        .contains("Periode: 1 Januari 2026 s.d. 31 Maret 2026")
        .contains("Keadaan data per 5 April 2026 10.00 WITA")
        .contains("Dibuat 5 April 2026 10.00 WITA oleh André Walidata")
        .contains("Butir data disepakati 3")
        .contains("Versi data diunggah 5")
        .contains("Cakupan (butir terbit / butir disepakati) 66,67%")
        .contains("Median waktu validasi ke publikasi 3 menit 30 detik")
        .contains("Terlama validasi ke publikasi 1 jam 5 menit")
        .contains("Median akhir periode data ke publikasi 1.862 hari 8 jam")
        .contains("Rapat Forum Satu Data 1")
        .contains("Laporan disampaikan kepada Pimpinan Daerah 0");
  }

  @Test
  void reportHasOneRowPerAgencyWithFullNamesAndCoverage() throws IOException {
    PdfText pdf = render(EvaluationFixtures.quarter(), EvaluationFixtures.context());

    assertThat(pdf.text())
        .contains("Capaian per OPD")
        .contains("Dinas Kesehatan Provinsi NTB")
        .contains("Dinas Pendidikan dan Kebudayaan Provinsi NTB")
        .contains("Badan Perencanaan Pembangunan Daerah Provinsi NTB")
        .contains("100,00%")
        .contains("0,00%")
        .doesNotContain("DINKES");
  }

  @Test
  void reportListsBreachesWithStepDeadlineTimesAndStatus() throws IOException {
    PdfText pdf = render(EvaluationFixtures.quarter(), EvaluationFixtures.context());

    assertThat(pdf.text())
        .contains("Pelanggaran standar waktu")
        .contains("Publikasi di portal (4)")
        .contains("submission KES-001/2025-Q4/v2")
        .contains("10 Februari 2026 09.03 WITA")
        .contains("1 jam 5 menit / 3 menit")
        .contains("Terlambat")
        .contains("Evaluasi dan penyusunan laporan (5a)")
        .contains("3 hari 2 jam / 2 hari")
        .contains("Belum selesai");
  }

  @Test
  void everyPageSaysWhichPageOfHowMany() throws IOException {
    PdfText pdf = render(EvaluationFixtures.quarter(), EvaluationFixtures.context());

    assertThat(pdf.pages()).isGreaterThanOrEqualTo(3);
    for (int page = 1; page <= pdf.pages(); page++) {
      assertThat(pdf.text()).contains("Halaman " + page + " dari " + pdf.pages());
    }
  }

  @Test
  void chartsCarryTheirTitlesAndValues() throws IOException {
    PdfText pdf = render(EvaluationFixtures.quarter(), EvaluationFixtures.context());

    assertThat(pdf.text())
        .contains("Cakupan publikasi per OPD (butir terbit / butir disepakati)")
        .contains("Pelanggaran standar waktu per langkah");
  }

  @Test
  void englishReportUsesEnglishLabelsAndNumberStyle() throws IOException {
    PdfText pdf =
        render(
            EvaluationFixtures.quarter(), EvaluationFixtures.context().withLocale(Locale.ENGLISH));

    assertThat(pdf.text())
        .contains("Evaluation Report on Running NTB Satu Data — Quarter 1 2026")
        .contains("Period: 1 January 2026 to 31 March 2026")
        .contains("66.67%")
        .contains("3 minutes 30 seconds")
        .contains("1,862 days 8 hours")
        .contains("Publish on the portal (4)")
        .contains("Pending")
        .contains("Page 1 of " + pdf.pages())
        .doesNotContain("Halaman");
  }

  @Test
  void emptyEvaluationRendersWithDashes() throws IOException {
    PdfText pdf = render(EvaluationFixtures.empty(), EvaluationFixtures.context());

    assertThat(pdf.text())
        .contains("Tahun 2026")
        .contains("Cakupan (butir terbit / butir disepakati) 0,00%")
        .contains("Median waktu validasi ke publikasi —")
        .contains("Belum ada OPD dengan butir data yang disepakati.")
        .contains("Tidak ada pelanggaran standar waktu pada periode ini.");
  }

  @Test
  void callersStreamStaysOpen() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var guard =
        new java.io.FilterOutputStream(out) {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };
    renderer.pdf(EvaluationFixtures.quarter(), EvaluationFixtures.context(), guard);
    assertThat(guard.closed).isFalse();
    assertThat(out.size()).isPositive();
  }
}
