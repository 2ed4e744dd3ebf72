package id.go.ntbprov.satudata.batch.read;

import static id.go.ntbprov.satudata.batch.read.TestFiles.cells;
import static id.go.ntbprov.satudata.batch.read.TestFiles.fillRows;
import static id.go.ntbprov.satudata.batch.read.TestFiles.readAll;
import static id.go.ntbprov.satudata.batch.read.TestFiles.xlsx;
import static id.go.ntbprov.satudata.batch.read.TestFiles.xlsxRows;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.batch.read.TestFiles.NumberedRow;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadTest {

  @TempDir Path dir;

  private static TableSource open(Path file) {
    return TableReaders.open(file, ReadOptions.defaults());
  }

  @Test
  void readsTheFirstSheetWithNumbersInPlainForm() throws Exception {
    Path file =
        xlsxRows(
            dir,
            new Object[] {"kode_wilayah", "tahun", "jumlah_penduduk"},
            new Object[] {"5201", 2020, 721481},
            new Object[] {"5202", 2020, 1034859.5});
    try (TableSource source = open(file)) {
      assertThat(source.format()).isEqualTo(Format.XLSX);
      assertThat(source.sheetName()).contains("Data");
      assertThat(source.charset()).isEmpty();
      assertThat(source.numberStyle()).isEqualTo(NumberStyle.DOT_DECIMAL);
      assertThat(source.header()).containsExactly("kode_wilayah", "tahun", "jumlah_penduduk");
      assertThat(source.headerRowNumber()).isEqualTo(1);
      assertThat(readAll(source))
          .containsExactly(
              new NumberedRow(2, List.of("5201", "2020", "721481")),
              new NumberedRow(3, List.of("5202", "2020", "1034859.5")));
    }
  }

  @Test
  void readsAChosenSheetByNameOrPosition() throws Exception {
    Path file =
        xlsx(
            dir,
            "two.xlsx",
            wb -> {
              fillRows(
                  wb.createSheet("Catatan"),
                  0,
                  new Object[] {"Isi", "lembar"},
                  new Object[] {"a", "b"});
              fillRows(
                  wb.createSheet("Data 2020"),
                  0,
                  new Object[] {"kode", "nilai"},
                  new Object[] {"5201", 7});
            });
    try (TableSource first = open(file)) {
      assertThat(first.sheetName()).contains("Catatan");
    }
    try (TableSource byName =
        TableReaders.open(file, ReadOptions.defaults().withSheetName("data 2020"))) {
      assertThat(byName.sheetName()).contains("Data 2020");
      assertThat(cells(byName)).containsExactly(List.of("5201", "7"));
    }
    try (TableSource byIndex = TableReaders.open(file, ReadOptions.defaults().withSheetIndex(1))) {
      assertThat(byIndex.header()).containsExactly("kode", "nilai");
    }
  }

  @Test
  void headerIsFoundBelowTitleRows() throws Exception {
    Path file =
        xlsx(
            dir,
            "title.xlsx",
            wb -> {
              Sheet s = wb.createSheet("Data");
              s.createRow(0).createCell(0).setCellValue("Jumlah Penduduk NTB 2020");
              s.createRow(1).createCell(0).setCellValue("Sumber: BPS Provinsi NTB");
              fillRows(
                  s, 4, new Object[] {"kode_wilayah", "jumlah"}, new Object[] {"5201", 721481});
            });
    ReadOptions options =
        ReadOptions.defaults().withExpectedHeader(List.of("Kode_Wilayah", "jumlah"));
    try (TableSource source = TableReaders.open(file, options)) {
      assertThat(source.headerRowNumber()).isEqualTo(5);
      assertThat(readAll(source)).containsExactly(new NumberedRow(6, List.of("5201", "721481")));
    }
  }

  @Test
  void sparseCellsLandInTheirColumnsAndBlankRowsKeepPositions() throws Exception {
    Path file =
        xlsx(
            dir,
            "sparse.xlsx",
            wb -> {
              Sheet s = wb.createSheet("Data");
              fillRows(s, 0, new Object[] {"a", "b", "c", "d", "e"});
              Row r = s.createRow(1);
              r.createCell(0).setCellValue("x");
              r.createCell(3).setCellValue("y");
              s.createRow(4).createCell(2).setCellValue("z"); // rows 3 and 4 are missing
            });
    try (TableSource source = open(file)) {
      assertThat(readAll(source))
          .containsExactly(
              new NumberedRow(2, List.of("x", "", "", "y", "")),
              new NumberedRow(3, List.of()),
              new NumberedRow(4, List.of()),
              new NumberedRow(5, List.of("", "", "z", "", "")));
    }
  }

  @Test
  void datesComeAsIsoAndLargeNumbersWithoutExponent() throws Exception {
    Path file =
        xlsx(
            dir,
            "dates.xlsx",
            wb -> {
              Sheet s = wb.createSheet("Data");
              fillRows(
                  s, 0, new Object[] {"tanggal", "waktu", "besar", "kecil", "jumlah", "negatif"});
              CellStyle date = wb.createCellStyle();
              date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
              CellStyle dateTime = wb.createCellStyle();
              dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
              CellStyle grouped = wb.createCellStyle();
              grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
              Row r = s.createRow(1);
              Cell d = r.createCell(0);
              d.setCellValue(LocalDate.of(2020, 6, 30));
              d.setCellStyle(date);
              Cell t = r.createCell(1);
              t.setCellValue(LocalDateTime.of(2021, 1, 2, 13, 45));
              t.setCellStyle(dateTime);
              r.createCell(2).setCellValue(1.5e20);
              r.createCell(3).setCellValue(0.1 + 0.2);
              Cell g = r.createCell(4);
              g.setCellValue(12345678901234.0);
              g.setCellStyle(grouped);
              r.createCell(5).setCellValue(-0.000125);
            });
    try (TableSource source = open(file)) {
      assertThat(cells(source))
          .containsExactly(
              List.of(
                  "2020-06-30",
                  "2021-01-02T13:45",
                  "150000000000000000000",
                  "0.3",
                  "12345678901234",
                  "-0.000125"));
    }
  }

  @Test
  void declaredCommaStyleWritesNumbersWithDecimalComma() throws Exception {
    Path file = xlsxRows(dir, new Object[] {"kode", "nilai"}, new Object[] {"5201", 1234.5});
    try (TableSource source =
        TableReaders.open(
            file, ReadOptions.defaults().withNumberStyle(NumberStyle.COMMA_DECIMAL))) {
      assertThat(source.numberStyle()).isEqualTo(NumberStyle.COMMA_DECIMAL);
      assertThat(cells(source)).containsExactly(List.of("5201", "1234,5"));
    }
  }

  @Test
  void formulasGiveTheirCachedValueAndAreNeverEvaluated() throws Exception {
    Path file =
        xlsx(
            dir,
            "formula.xlsx",
            wb -> {
              Sheet s = wb.createSheet("Data");
              fillRows(s, 0, new Object[] {"a", "b", "c", "d"});
              Row r = s.createRow(1);
              r.createCell(0).setCellValue(21);
              r.createCell(1).setCellFormula("A2*2");
              r.createCell(2).setCellFormula("A2*3"); // no cached value: never evaluated
              r.createCell(3).setCellValue("=HYPERLINK(\"http://x\")");
              wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(1));
            });
    try (TableSource source = open(file)) {
      assertThat(cells(source))
          .containsExactly(List.of("21", "42", "", "=HYPERLINK(\"http://x\")"));
    }
  }

  @Test
  void skipResumesAtTheRightRow() throws Exception {
    Object[][] rows = new Object[21][];
    rows[0] = new Object[] {"kode", "nilai"};
    for (int i = 1; i <= 20; i++) {
      rows[i] = new Object[] {"k" + i, i};
    }
    Path file = xlsxRows(dir, rows);
    try (TableSource source = TableReaders.open(file, ReadOptions.defaults().withSkip(15))) {
      List<NumberedRow> read = readAll(source);
      assertThat(read).hasSize(5);
      assertThat(read.get(0)).isEqualTo(new NumberedRow(17, List.of("k16", "16")));
    }
  }

  @Test
  void columnLettersBeyondZ() {
    assertThat(SheetRowCursor.columnIndex("A1")).isZero();
    assertThat(SheetRowCursor.columnIndex("AB12")).isEqualTo(27);
    assertThat(SheetRowCursor.columnIndex("XFD1")).isEqualTo(16383);
  }

  @Test
  void plainNumbers() {
    assertThat(SheetRowCursor.plain("2020", false)).isEqualTo("2020");
    assertThat(SheetRowCursor.plain("2020.0", false)).isEqualTo("2020");
    assertThat(SheetRowCursor.plain("1.2345678901234567E+19", false))
        .isEqualTo("12345678901234600000");
    assertThat(SheetRowCursor.plain("1E-7", false)).isEqualTo("0.0000001");
    assertThat(SheetRowCursor.plain("-0", false)).isEqualTo("0");
    assertThat(SheetRowCursor.plain("-12.5", true)).isEqualTo("-12,5");
  }
}
