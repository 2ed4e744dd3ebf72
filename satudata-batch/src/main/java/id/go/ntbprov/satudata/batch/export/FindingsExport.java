package id.go.ntbprov.satudata.batch.export;

import id.go.ntbprov.satudata.batch.read.BatchMessages;
import id.go.ntbprov.satudata.batch.read.CellSafety;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.conformity.Severity;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rejected-rows report of an upload: one line per finding with its row (<i>baris</i>), column
 * letter and name (<i>kolom</i>), value (<i>nilai</i>), severity (<i>tingkat</i>: galat or
 * peringatan), rule, and the message in Bahasa Indonesia (<i>pesan</i>) and in English
 * (<i>message</i>).
 *
 * <p>Both formats stream: findings are taken from the iterator one at a time and written at once,
 * so a million findings need no more memory than ten (the XLSX keeps a window of {@value #WINDOW}
 * rows and spills the rest to a compressed temporary file). Every text cell goes through {@link
 * CellSafety#neutralise}, so a value such as {@code =SUM(A1:A9)} cannot run as a formula when the
 * report is opened, while {@code -12} stays a number. Neither method closes {@code out}: the caller
 * owns it.
 *
 * <p>Header and severity labels come from the batch messages bundle ({@code export.findings.*}),
 * Indonesian unless English is asked for; the two message columns are always both there.
 */
public final class FindingsExport {

  /** Rows the XLSX writer keeps in memory before flushing them to its temporary file. */
  public static final int WINDOW = 100;

  /** Data rows per XLSX sheet: Excel's 1,048,576 rows less the header; more go to a new sheet. */
  static final int MAX_SHEET_ROWS = 1_048_575;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final int[] COLUMN_WIDTHS = {8, 24, 20, 12, 26, 70, 70};

  private FindingsExport() {}

  /**
   * Writes the findings as CSV with Indonesian headings; see {@link #csv(Iterator, OutputStream,
   * Locale)}.
   */
  public static void csv(Iterator<Finding> findings, OutputStream out) throws IOException {
    csv(findings, out, BatchMessages.INDONESIAN);
  }

  /**
   * Writes the findings as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), comma
   * separated, quoted as RFC 4180 says, lines ending in CRLF.
   *
   * @param locale language of the headings and severity labels ({@code en} or Indonesian)
   */
  public static void csv(Iterator<Finding> findings, OutputStream out, Locale locale)
      throws IOException {
    Objects.requireNonNull(findings, "findings");
    ResourceBundle labels = BatchMessages.bundle(locale);
    MessageCache messages = new MessageCache();
    out.write(UTF8_BOM);
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8), 1 << 16);
    try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      printer.printRecord(header(labels));
      List<String> line = new ArrayList<>(7);
      while (findings.hasNext()) {
        line.clear();
        Finding f = findings.next();
        line.add(rowText(f));
        for (int i = 1; i < 7; i++) {
          line.add(text(f, i, labels, messages));
        }
        printer.printRecord(line);
      }
      printer.flush();
    }
  }

  /**
   * Writes the findings as XLSX with Indonesian headings; see {@link #xlsx(Iterator, OutputStream,
   * Locale)}.
   */
  public static void xlsx(Iterator<Finding> findings, OutputStream out) throws IOException {
    xlsx(findings, out, BatchMessages.INDONESIAN);
  }

  /**
   * Writes the findings as an XLSX workbook: a sheet with a bold, frozen header row, the row number
   * as a number and everything else as text (never a formula). Past Excel's row limit the findings
   * continue on further sheets.
   *
   * @param locale language of the headings, sheet name and severity labels
   */
  public static void xlsx(Iterator<Finding> findings, OutputStream out, Locale locale)
      throws IOException {
    Objects.requireNonNull(findings, "findings");
    ResourceBundle labels = BatchMessages.bundle(locale);
    MessageCache messages = new MessageCache();
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    try {
      CellStyle bold = boldStyle(workbook);
      List<String> header = header(labels);
      String sheetName = labels.getString("export.findings.sheet");
      int sheetNumber = 1;
      Sheet sheet = newSheet(workbook, sheetName, header, bold);
      int r = 0;
      while (findings.hasNext()) {
        if (r == MAX_SHEET_ROWS) {
          sheet = newSheet(workbook, sheetName + " " + ++sheetNumber, header, bold);
          r = 0;
        }
        Finding f = findings.next();
        Row row = sheet.createRow(++r);
        if (f.row() > 0) {
          row.createCell(0).setCellValue(f.row());
        }
        for (int i = 1; i < 7; i++) {
          String text = text(f, i, labels, messages);
          if (!text.isEmpty()) {
            row.createCell(i).setCellValue(text);
          }
        }
      }
      workbook.write(new NonClosing(out));
    } finally {
      workbook.close();
      workbook.dispose();
    }
  }

  /**
   * Adapts a paged source, such as {@code Collection.findings(id, offset, limit)}, to an iterator
   * that asks for one page at a time.
   *
   * @param source returns the findings from {@code offset}, at most {@code limit} of them
   * @param pageSize findings per call
   */
  public static Iterator<Finding> paged(PageSource source, int pageSize) {
    Objects.requireNonNull(source, "source");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1");
    }
    return new Iterator<>() {
      private List<Finding> page = List.of();
      private int index;
      private long offset;
      private boolean last;

      @Override
      public boolean hasNext() {
        if (index < page.size()) {
          return true;
        }
        if (last) {
          return false;
        }
        page = source.page(offset, pageSize);
        index = 0;
        offset += page.size();
        last = page.size() < pageSize;
        return !page.isEmpty();
      }

      @Override
      public Finding next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(index++);
      }
    };
  }

  /** One page of findings. */
  @FunctionalInterface
  public interface PageSource {
    /** The findings from {@code offset}, at most {@code limit}; fewer (or none) at the end. */
    List<Finding> page(long offset, int limit);
  }

  private static List<String> header(ResourceBundle labels) {
    return List.of(
        labels.getString("export.findings.row"),
        labels.getString("export.findings.column"),
        labels.getString("export.findings.value"),
        labels.getString("export.findings.severity"),
        labels.getString("export.findings.rule"),
        labels.getString("export.findings.message-id"),
        labels.getString("export.findings.message-en"));
  }

  /** Row 0 (the whole table, the metadata) is left empty rather than shown as a row number. */
  private static String rowText(Finding f) {
    return f.row() > 0 ? Long.toString(f.row()) : "";
  }

  /** The text of column {@code i} (1 to 6) of a finding, neutralised. */
  private static String text(Finding f, int i, ResourceBundle labels, MessageCache messages) {
    String text =
        switch (i) {
          case 1 -> column(f);
          case 2 -> f.value();
          case 3 ->
              labels.getString(
                  f.severity() == Severity.ERROR
                      ? "export.findings.severity.error"
                      : "export.findings.severity.warning");
          case 4 -> f.rule().name();
          case 5 -> messages.indonesian(f);
          case 6 -> messages.english(f);
          default -> throw new IllegalArgumentException("column " + i);
        };
    return CellSafety.neutralise(text);
  }

  /** {@code B (jumlah_penduduk)}, or the letter or the name alone when only one is known. */
  static String column(Finding f) {
    String letter = f.columnLetter();
    String name = f.column();
    if (letter.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? letter : letter + " (" + name + ")";
  }

  private static CellStyle boldStyle(Workbook workbook) {
    Font font = workbook.createFont();
    font.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  private static Sheet newSheet(
      SXSSFWorkbook workbook, String name, List<String> header, CellStyle bold) {
    Sheet sheet = workbook.createSheet(name);
    Row row = sheet.createRow(0);
    for (int i = 0; i < header.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(header.get(i));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(i, COLUMN_WIDTHS[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  /** Keeps the caller's stream open: POI and the CSV printer close what they write to. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
