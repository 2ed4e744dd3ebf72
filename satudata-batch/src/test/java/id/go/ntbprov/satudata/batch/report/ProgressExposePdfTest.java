package id.go.ntbprov.satudata.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressExposePdfTest {

  private static PdfText render(Evaluation e, ReportContext ctx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportRenderer().expose(e, ctx, out);
    return PdfText.read(out.toByteArray());
  }

  @Test
  void exposeIsSixLandscapeSlides() throws IOException {
    PdfText pdf = render(EvaluationFixtures.quarter(), EvaluationFixtures.context());

    assertThat(pdf.pages()).isEqualTo(ProgressExposePdf.SLIDES).isEqualTo(6);
    assertThat(pdf.width()).isGreaterThan(pdf.height());
    assertThat(pdf.rotation()).isZero();
    assertThat(pdf.text())
        .contains("Paparan Kemajuan NTB Satu Data")
        .contains("Triwulan I 2026")
        .contains("Provinsi Nusa Tenggara Barat")
        .contains("Halaman 6 dari 6");
  }

  @Test
  void slidesShowKeyFiguresChartsAttentionAndNextSteps() throws IOException {
    PdfText pdf = render(EvaluationFixtures.quarter(), EvaluationFixtures.context());

    assertThat(pdf.text())
        .contains("Capaian utama")
        .contains("66,67%")
        .contains("2 dari 3 butir terbit")
        .contains("Cakupan publikasi per OPD")
        .contains("Kepatuhan standar waktu")
        .contains("Median waktu validasi ke publikasi: 3 menit 30 detik")
        .contains("Publikasi di portal (4)")
        .contains("OPD yang memerlukan perhatian")
        .contains("Cakupan terendah")
        .contains("Badan Perencanaan Pembangunan Daerah Provinsi NTB — 0,00%")
        .contains("Pengembalian terbanyak")
        .contains("Dinas Kesehatan Provinsi NTB — 2")
        .contains("Langkah selanjutnya");
  }

  @Test
  void englishExpose() throws IOException {
    PdfText pdf =
        render(
            EvaluationFixtures.quarter(), EvaluationFixtures.context().withLocale(Locale.ENGLISH));

    assertThat(pdf.text())
        .contains("NTB Satu Data Progress Briefing")
        .contains("Key figures")
        .contains("Agencies needing attention")
        .contains("Next steps")
        .contains("Page 1 of 6");
  }

  @Test
  void emptyEvaluationStillGivesSixSlides() throws IOException {
    PdfText pdf = render(EvaluationFixtures.empty(), EvaluationFixtures.context());

    assertThat(pdf.pages()).isEqualTo(6);
    assertThat(pdf.text())
        .contains("Tahun 2026")
        .contains("0,00%")
        .contains("Median waktu validasi ke publikasi: —")
        .contains("Tidak ada pelanggaran standar waktu pada periode ini.")
        .contains("Tidak ada");
  }
}
