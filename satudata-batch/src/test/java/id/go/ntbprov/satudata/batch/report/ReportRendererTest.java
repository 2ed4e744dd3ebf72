package id.go.ntbprov.satudata.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.file.InMemoryFileStore;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  @Test
  void storesTheThreeDocumentsNamedAfterThePeriod() throws IOException {
    InMemoryFileStore files = new InMemoryFileStore();

    ReportRenderer.StoredDocuments docs =
        new ReportRenderer()
            .store(EvaluationFixtures.quarter(), EvaluationFixtures.context(), files);

    assertThat(docs.all())
        .extracting(FileRef::name)
        .containsExactly(
            "laporan-evaluasi-2026-Q1.pdf",
            "data-evaluasi-2026-Q1.xlsx",
            "paparan-kemajuan-2026-Q1.pdf");
    assertThat(docs.report().mediaType()).isEqualTo(ReportRenderer.PDF);
    assertThat(docs.workbook().mediaType()).isEqualTo(ReportRenderer.XLSX);
    try (InputStream in = files.open(docs.expose().id()).orElseThrow()) {
      PdfText expose = PdfText.read(in.readAllBytes());
      assertThat(expose.pages()).isEqualTo(6);
    }
    try (InputStream in = files.open(docs.report().id()).orElseThrow()) {
      assertThat(PdfText.read(in.readAllBytes()).text()).contains("66,67%");
    }
    try (InputStream in = files.open(docs.workbook().id()).orElseThrow()) {
      assertThat(in.readNBytes(2)).isEqualTo(new byte[] {'P', 'K'}); // a zip: OOXML
    }
  }
}
