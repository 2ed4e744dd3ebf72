package id.go.ntbprov.satudata.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EvaluationXlsxTest {

  private static final int FIRST_FIGURE = EvaluationXlsx.SUMMARY_HEADER_ROW + 1;

  private static XSSFWorkbook render(Evaluation e, ReportContext ctx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportRenderer().xlsx(e, ctx, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Cell cell(XSSFSheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    assertThat(r).as("row %d of %s", row, sheet.getSheetName()).isNotNull();
    return r.getCell(column);
  }

  @Test
  void summaryHoldsTheRegionsFiguresAsNumbers() throws IOException {
    try (XSSFWorkbook wb = render(EvaluationFixtures.quarter(), EvaluationFixtures.context())) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      XSSFSheet s = wb.getSheet("Ringkasan");
      assertThat(cell(s, 0, 0).getStringCellValue())
          .isEqualTo("Laporan Evaluasi Penyelenggaraan NTB Satu Data — Triwulan I 2026");
      assertThat(cell(s, 5, 0).getStringCellValue()).isEqualTo("Indikator");

      Cell agreed = cell(s, FIRST_FIGURE, 1);
      assertThat(cell(s, FIRST_FIGURE, 0).getStringCellValue()).isEqualTo("Butir data disepakati");
      assertThat(agreed.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(agreed.getNumericCellValue()).isEqualTo(3);
      assertThat(
              cell(s, FIRST_FIGURE + Figure.VERSIONS_UPLOADED.ordinal(), 1).getNumericCellValue())
          .isEqualTo(5);

      int coverageRow = FIRST_FIGURE + Figure.COVERAGE.ordinal();
      Cell coverage = cell(s, coverageRow, 1);
      assertThat(cell(s, coverageRow, 0).getStringCellValue()).startsWith("Cakupan");
      assertThat(coverage.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(coverage.getNumericCellValue()).isEqualTo(0.6667);
      assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.00%");

      int median = FIRST_FIGURE + Figure.MEDIAN_VALIDATION_TO_PUBLICATION.ordinal();
      assertThat(cell(s, median, 1).getStringCellValue()).isEqualTo("3 menit 30 detik");
      assertThat(cell(s, median, 2).getNumericCellValue()).isEqualTo(3.5);
      int sinceClose = FIRST_FIGURE + Figure.MEDIAN_PERIOD_END_TO_PUBLICATION.ordinal();
      assertThat(cell(s, sinceClose, 1).getStringCellValue()).isEqualTo("1.862 hari 8 jam");

      int meetings = FIRST_FIGURE + Figure.values().length;
      assertThat(cell(s, meetings, 0).getStringCellValue()).isEqualTo("Rapat Forum Satu Data");
      assertThat(cell(s, meetings, 1).getNumericCellValue()).isEqualTo(1);
      assertThat(cell(s, meetings + 1, 1).getNumericCellValue()).isZero();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
    }
  }

  @Test
  void perAgencySheetHasOneRowPerAgencyFrozenBoldHeaderAndAutofilter() throws IOException {
    try (XSSFWorkbook wb = render(EvaluationFixtures.quarter(), EvaluationFixtures.context())) {
      XSSFSheet s = wb.getSheet("Per OPD");
      Row header = s.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Kode OPD");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("OPD");
      assertThat(header.getLastCellNum()).isEqualTo((short) (Figure.values().length + 2));
      assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U4");

      assertThat(s.getLastRowNum()).isEqualTo(3);
      // Code order: BAPPEDA, DIKBUD, DINKES.
      assertThat(cell(s, 1, 0).getStringCellValue()).isEqualTo("BAPPEDA");
      assertThat(cell(s, 3, 1).getStringCellValue()).isEqualTo("Dinas Kesehatan Provinsi NTB");
      int returned = 2 + Figure.RETURNED.ordinal();
      assertThat(cell(s, 3, returned).getNumericCellValue()).isEqualTo(2);
      int coverage = 2 + Figure.COVERAGE.ordinal();
      assertThat(cell(s, 1, coverage).getNumericCellValue()).isZero();
      assertThat(cell(s, 3, coverage).getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(s, 3, coverage).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      int median = 2 + Figure.MEDIAN_VALIDATION_TO_PUBLICATION.ordinal();
      assertThat(header.getCell(median).getStringCellValue()).endsWith("(menit)");
      assertThat(cell(s, 3, median).getNumericCellValue()).isEqualTo(65.0);
      assertThat(s.getRow(1).getCell(median, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL))
          .as("undefined duration stays blank")
          .isNull();
    }
  }

  @Test
  void breachSheetHasDatesInTheRegionsZoneAndMinutes() throws IOException {
    try (XSSFWorkbook wb = render(EvaluationFixtures.quarter(), EvaluationFixtures.context())) {
      XSSFSheet s = wb.getSheet("Pelanggaran Waktu");
      assertThat(s.getLastRowNum()).isEqualTo(2);
      assertThat(cell(s, 0, 6).getStringCellValue()).isEqualTo("Batas waktu (WITA)");
      // Deadline order: the pending evaluation (2 January) before the late publication.
      assertThat(cell(s, 1, 1).getStringCellValue()).isEqualTo("Evaluasi dan penyusunan laporan");
      assertThat(cell(s, 1, 7)).as("pending: not done").isNull();
      assertThat(cell(s, 1, 12).getStringCellValue()).isEqualTo("Belum selesai");
      assertThat(cell(s, 2, 2).getStringCellValue()).isEqualTo("4");
      assertThat(cell(s, 2, 4).getStringCellValue()).isEqualTo("KES-001/2025-Q4/v2");
      assertThat(cell(s, 2, 6).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 2, 10, 9, 3));
      assertThat(cell(s, 2, 8).getStringCellValue()).isEqualTo("1 jam 5 menit");
      assertThat(cell(s, 2, 9).getNumericCellValue()).isEqualTo(65.0);
      assertThat(cell(s, 2, 11).getNumericCellValue()).isEqualTo(3.0);
      assertThat(cell(s, 2, 12).getStringCellValue()).isEqualTo("Terlambat");
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
  }

  @Test
  void textThatLooksLikeAFormulaIsNeutralised() throws IOException {
    var names = new HashMap<>(EvaluationFixtures.context().agencyNames());
    names.put(AgencyCode.of("DINKES"), "=HYPERLINK(\"http://evil\",\"klik\")");
    ReportContext ctx = EvaluationFixtures.context();
    ReportContext hostile =
        new ReportContext(
            ctx.regionName(),
            ctx.programmeName(),
            names,
            ctx.zone(),
            ctx.locale(),
            ctx.generatedAt(),
            "@admin");
    try (XSSFWorkbook wb = render(EvaluationFixtures.quarter(), hostile)) {
      Cell name = cell(wb.getSheet("Per OPD"), 3, 1);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"klik\")");
    }
    assertThat(CellSafety.neutralise("+62 370")).isEqualTo("'+62 370");
    assertThat(CellSafety.neutralise("-1")).isEqualTo("'-1");
    assertThat(CellSafety.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CellSafety.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(CellSafety.neutralise("Dinas")).isEqualTo("Dinas");
    assertThat(CellSafety.neutralise("")).isEmpty();
  }

  @Test
  void englishWorkbookHasEnglishSheetsAndLabels() throws IOException {
    try (XSSFWorkbook wb =
        render(
            EvaluationFixtures.quarter(),
            EvaluationFixtures.context().withLocale(Locale.ENGLISH))) {
      XSSFSheet s = wb.getSheet("Summary");
      assertThat(s).isNotNull();
      assertThat(cell(s, FIRST_FIGURE, 0).getStringCellValue()).isEqualTo("Data items agreed");
      int median = FIRST_FIGURE + Figure.MEDIAN_VALIDATION_TO_PUBLICATION.ordinal();
      assertThat(cell(s, median, 1).getStringCellValue()).isEqualTo("3 minutes 30 seconds");
      assertThat(wb.getSheet("By agency")).isNotNull();
      assertThat(wb.getSheet("Time breaches")).isNotNull();
    }
  }

  @Test
  void emptyEvaluationGivesHeadersOnly() throws IOException {
    try (XSSFWorkbook wb = render(EvaluationFixtures.empty(), EvaluationFixtures.context())) {
      XSSFSheet summary = wb.getSheet("Ringkasan");
      int median = FIRST_FIGURE + Figure.MEDIAN_VALIDATION_TO_PUBLICATION.ordinal();
      assertThat(cell(summary, median, 1).getStringCellValue()).isEqualTo("—");
      assertThat(summary.getRow(median).getCell(2, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL))
          .isNull();
      assertThat(wb.getSheet("Per OPD").getLastRowNum()).isZero();
      assertThat(wb.getSheet("Pelanggaran Waktu").getLastRowNum()).isZero();
    }
  }
}
