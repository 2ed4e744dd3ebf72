package id.go.ntbprov.satudata.batch.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.rule.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FindingsExportTest {

  private static final List<String> HEADER_ID =
      List.of("baris", "kolom", "nilai", "tingkat", "aturan", "pesan", "message");

  private static final Finding FORMULA =
      Finding.of(CheckRule.TYPE_INTEGER, 3, 3, "jumlah_penduduk", "=SUM(A1:A9)", "1234");
  private static final Finding NEGATIVE =
      Finding.of(CheckRule.OUT_OF_RANGE, 4, 3, "jumlah_penduduk", "-12", "≥ 0");
  private static final Finding QUOTED =
      Finding.of(CheckRule.CODE_NOT_IN_LIST, 5, 1, "kode_wilayah", "52,\"99\"\nx", "wilayah");
  private static final Finding WHOLE_TABLE = Finding.of(CheckRule.EMPTY_TABLE, 0, 0, "", "");
  private static final Finding UNKNOWN_HEADING =
      Finding.of(CheckRule.HEADER_UNKNOWN_COLUMN, 1, 4, "catatan", "catatan");

  private static final List<Finding> SAMPLE =
      List.of(FORMULA, NEGATIVE, QUOTED, WHOLE_TABLE, UNKNOWN_HEADING);

  @Test
  void csvStartsWithABomAndReadsBackWithHeaderValuesAndBothMessages() throws IOException {
    byte[] bytes = csv(SAMPLE, BatchLocale.ID);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    List<CSVRecord> records = readCsv(bytes);

    assertThat(records).hasSize(1 + SAMPLE.size());
    assertThat(records.get(0).toList()).isEqualTo(HEADER_ID);

    CSVRecord formula = records.get(1);
    assertThat(formula.get(0)).isEqualTo("3");
    assertThat(formula.get(1)).isEqualTo("C (jumlah_penduduk)");
    assertThat(formula.get(2)).isEqualTo("'=SUM(A1:A9)").doesNotStartWith("=");
    assertThat(formula.get(3)).isEqualTo("galat");
    assertThat(formula.get(4)).isEqualTo("TYPE_INTEGER");
    assertThat(formula.get(5)).isEqualTo(FORMULA.message(Messages.INDONESIAN)).contains("Baris 3");
    assertThat(formula.get(6)).isEqualTo(FORMULA.message(Locale.ENGLISH)).contains("Row 3");
    assertThat(formula.get(5)).isNotEqualTo(formula.get(6));

    assertThat(records.get(2).get(2)).isEqualTo("-12");
    assertThat(records.get(3).get(2)).isEqualTo("52,\"99\"\nx");
    assertThat(records.get(4).get(0)).isEmpty();
    assertThat(records.get(4).get(1)).isEmpty();
    assertThat(records.get(5).get(3)).isEqualTo("peringatan");
    assertThat(records.get(5).get(1)).isEqualTo("D (catatan)");
  }

  @Test
  void csvIsRfc4180WithCrlfAndQuotes() throws IOException {
    String text = new String(csv(List.of(QUOTED), BatchLocale.ID), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFbaris,kolom,nilai,tingkat,aturan,pesan,message\r\n");
    assertThat(text).contains(",\"52,\"\"99\"\"\nx\",");
    assertThat(text).endsWith("\r\n");
  }

  @Test
  void englishHeadingsAndSeverities() throws IOException {
    List<CSVRecord> records = readCsv(csv(List.of(UNKNOWN_HEADING), Locale.ENGLISH));
    assertThat(records.get(0).toList())
        .containsExactly("row", "column", "value", "severity", "rule", "pesan", "message");
    assertThat(records.get(1).get(3)).isEqualTo("warning");
  }

  @Test
  void xlsxReadsBackWithHeaderValuesAndBothMessagesAsText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingsExport.xlsx(SAMPLE.iterator(), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Temuan");
      assertThat(texts(sheet.getRow(0))).isEqualTo(HEADER_ID);
      assertThat(sheet.getLastRowNum()).isEqualTo(SAMPLE.size());

      Row formula = sheet.getRow(1);
      assertThat(formula.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(formula.getCell(0).getNumericCellValue()).isEqualTo(3.0);
      assertThat(formula.getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getCell(2).getStringCellValue())
          .isEqualTo("'=SUM(A1:A9)")
          .doesNotStartWith("=");
      assertThat(formula.getCell(3).getStringCellValue()).isEqualTo("galat");
      assertThat(formula.getCell(5).getStringCellValue())
          .isEqualTo(FORMULA.message(Messages.INDONESIAN));
      assertThat(formula.getCell(6).getStringCellValue())
          .isEqualTo(FORMULA.message(Locale.ENGLISH));
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
      assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("-12");
      assertThat(sheet.getRow(4).getCell(0)).isNull();
      assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("peringatan");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void noFindingsGiveAHeaderOnly() throws IOException {
    assertThat(readCsv(csv(List.of(), BatchLocale.ID))).hasSize(1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingsExport.xlsx(List.<Finding>of().iterator(), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
    }
  }

  @Test
  void theCallersStreamStaysOpen() throws IOException {
    ClosingWatch out = new ClosingWatch();
    FindingsExport.csv(SAMPLE.iterator(), out);
    FindingsExport.xlsx(SAMPLE.iterator(), out);
    assertThat(out.closed).isFalse();
  }

  @Test
  void pagedAsksOnePageAtATime() {
    List<Finding> all = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      all.add(Finding.of(CheckRule.REQUIRED_CELL, i + 2, 1, "a", ""));
    }
    List<Long> asked = new ArrayList<>();
    Iterator<Finding> it =
        FindingsExport.paged(
            (offset, limit) -> {
              asked.add(offset);
              return all.subList((int) offset, (int) Math.min(all.size(), offset + limit));
            },
            10);
    List<Finding> got = new ArrayList<>();
    it.forEachRemaining(got::add);
    assertThat(got).isEqualTo(all);
    assertThat(asked).containsExactly(0L, 10L, 20L);
    org.assertj.core.api.Assertions.assertThatThrownBy(it::next)
        .isInstanceOf(NoSuchElementException.class);
  }

  /**
   * 100,000 findings (CSV) and 10,000 (XLSX), generated one at a time and never held in a list, go
   * through the writers; the XLSX writer keeps only its window of rows in memory.
   */
  @Test
  void manyFindingsStream() throws IOException {
    int n = 100_000;
    CountingSink csvSink = new CountingSink();
    FindingsExport.csv(generated(n), csvSink);
    assertThat(csvSink.bytes).isGreaterThan(n * 100L);
    CountingSink xlsxSink = new CountingSink();
    FindingsExport.xlsx(generated(n / 10), xlsxSink);
    assertThat(xlsxSink.bytes).isGreaterThan(100_000L);
  }

  private static Iterator<Finding> generated(int n) {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public Finding next() {
        i++;
        return Finding.of(CheckRule.TYPE_INTEGER, i + 1, 3, "jumlah", "x" + i, "1234");
      }
    };
  }

  private static byte[] csv(List<Finding> findings, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingsExport.csv(findings.iterator(), out, locale);
    return out.toByteArray();
  }

  private static List<CSVRecord> readCsv(byte[] bytes) throws IOException {
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.parse(reader).getRecords();
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(formatter.formatCellValue(cell));
    }
    return texts;
  }

  /** Locales of the tests. */
  private static final class BatchLocale {
    static final Locale ID = Locale.forLanguageTag("id");
  }

  private static final class ClosingWatch extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class CountingSink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
