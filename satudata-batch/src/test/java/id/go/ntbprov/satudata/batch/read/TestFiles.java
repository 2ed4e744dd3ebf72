package id.go.ntbprov.satudata.batch.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the files the reader tests read, and reads sources back. */
final class TestFiles {

  private TestFiles() {}

  static Path text(Path dir, String name, String content, Charset charset) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(charset));
  }

  static Path csv(Path dir, String content) throws IOException {
    return text(dir, "data.csv", content, StandardCharsets.UTF_8);
  }

  static Path xlsx(Path dir, String name, Consumer<XSSFWorkbook> fill) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      fill.accept(wb);
      wb.write(out);
    }
    return file;
  }

  /**
   * A one-sheet workbook whose rows hold the given values (String or Number; null leaves a gap).
   */
  static Path xlsxRows(Path dir, Object[]... rows) throws IOException {
    return xlsx(dir, "data.xlsx", wb -> fillRows(wb.createSheet("Data"), 0, rows));
  }

  static void fillRows(Sheet sheet, int firstRow, Object[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(firstRow + r);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (v != null) {
          row.createCell(c).setCellValue(v.toString());
        }
      }
    }
  }

  /** Copies a ZIP, replacing (or adding) one entry whose content {@code body} writes. */
  static Path replaceEntry(Path zip, Path target, String entry, Consumer<OutputStream> body)
      throws IOException {
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      boolean replaced = false;
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          body.accept(out);
          replaced = true;
        } else {
          try (InputStream data = in.getInputStream(e)) {
            data.transferTo(out);
          }
        }
        out.closeEntry();
      }
      if (!replaced) {
        out.putNextEntry(new ZipEntry(entry));
        body.accept(out);
        out.closeEntry();
      }
    }
    return target;
  }

  static Consumer<OutputStream> utf8(String text) {
    return out -> {
      try {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** A read row with its number. */
  record NumberedRow(long number, List<String> cells) {}

  static List<NumberedRow> readAll(TableSource source) {
    List<NumberedRow> rows = new ArrayList<>();
    while (source.hasNext()) {
      String[] row = source.next();
      rows.add(new NumberedRow(source.rowNumber(), List.of(row)));
    }
    return rows;
  }

  static List<List<String>> cells(TableSource source) {
    return readAll(source).stream().map(NumberedRow::cells).toList();
  }
}
