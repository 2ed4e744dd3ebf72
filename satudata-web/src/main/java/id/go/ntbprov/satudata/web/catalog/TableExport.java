package id.go.ntbprov.satudata.web.catalog;

import static id.go.ntbprov.satudata.web.catalog.CatalogJson.JSON;

import id.go.ntbprov.satudata.batch.read.CellSafety;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a published table as CSV (UTF-8, RFC 4180, no BOM), XLSX (streaming: 100 rows in memory)
 * or JSON, one row at a time. Numbers of numeric variables are written in plain form ({@code
 * 1234.5}) whatever style the producer used, as numbers in XLSX and JSON; every text cell that a
 * spreadsheet could take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR) is
 * neutralised by {@link CellSafety} in CSV and XLSX, while negative numbers stay numbers.
 */
public final class TableExport {

  private final List<String> header;
  private final VariableType[] types;
  private final NumberStyle style;

  /**
   * @param header the stored header
   * @param variables the item's variables (to know which columns are numbers)
   * @param style how the producer wrote decimals
   */
  public TableExport(List<String> header, List<Variable> variables, NumberStyle style) {
    this.header = List.copyOf(header);
    this.style = style;
    this.types = new VariableType[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      types[i] =
          variables.stream()
              .filter(v -> v.name().equalsIgnoreCase(h.strip()))
              .map(Variable::type)
              .findFirst()
              .orElse(VariableType.TEXT);
    }
  }

  /** The number a numeric cell holds, if it is one. */
  Optional<BigDecimal> number(int column, String cell) {
    if (column >= types.length
        || (types[column] != VariableType.INTEGER && types[column] != VariableType.DECIMAL)
        || cell == null
        || cell.isBlank()) {
      return Optional.empty();
    }
    String s = cell.strip().replace(String.valueOf(style.groupingSeparator()), "");
    s = s.replace(style.decimalSeparator(), '.');
    try {
      return Optional.of(new BigDecimal(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String plain(int column, String cell) {
    return number(column, cell).map(BigDecimal::toPlainString).orElse(cell);
  }

  /** CSV. */
  public void csv(Iterator<String[]> rows, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      List<String> h = new ArrayList<>();
      for (String c : header) {
        h.add(CellSafety.neutralise(c));
      }
      p.printRecord(h);
      List<String> record = new ArrayList<>(header.size());
      while (rows.hasNext()) {
        String[] r = rows.next();
        record.clear();
        for (int i = 0; i < r.length; i++) {
          record.add(CellSafety.neutralise(plain(i, r[i])));
        }
        p.printRecord(record);
      }
    }
  }

  /** XLSX, one sheet named after the period. */
  public void xlsx(Iterator<String[]> rows, String sheetName, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try {
      SXSSFSheet sheet = wb.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", "-"));
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      Row hr = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        Cell c = hr.createCell(i);
        c.setCellValue(CellSafety.neutralise(header.get(i)));
        c.setCellStyle(bold);
      }
      int n = 1;
      while (rows.hasNext()) {
        String[] r = rows.next();
        Row row = sheet.createRow(n++);
        for (int i = 0; i < r.length; i++) {
          if (r[i] == null || r[i].isEmpty()) {
            continue;
          }
          Optional<BigDecimal> number = number(i, r[i]);
          if (number.isPresent() && number.get().precision() <= 15) {
            row.createCell(i).setCellValue(number.get().doubleValue());
          } else {
            row.createCell(i).setCellValue(CellSafety.neutralise(r[i]));
          }
        }
      }
      wb.write(new NonClosing(out));
    } finally {
      wb.dispose();
      wb.close();
    }
  }

  /**
   * JSON: {@code {"dataset":…,"period":…,"version":…,"columns":[…],"rows":[{column: value}]}};
   * numbers of numeric columns as JSON numbers, everything else as strings (escaped by the
   * generator).
   */
  public void json(
      Iterator<String[]> rows, String dataset, String period, int version, OutputStream out) {
    try (JsonGenerator g = JSON.createGenerator(new NonClosing(out))) {
      g.writeStartObject()
          .write("dataset", dataset)
          .write("period", period)
          .write("version", version)
          .writeStartArray("columns");
      for (int i = 0; i < header.size(); i++) {
        g.writeStartObject()
            .write("name", header.get(i))
            .write("type", types[i].name().toLowerCase(java.util.Locale.ROOT))
            .writeEnd();
      }
      g.writeEnd().writeStartArray("rows");
      while (rows.hasNext()) {
        String[] r = rows.next();
        g.writeStartObject();
        for (int i = 0; i < header.size(); i++) {
          String cell = i < r.length ? r[i] : null;
          Optional<BigDecimal> number = number(i, cell);
          if (number.isPresent()) {
            g.write(header.get(i), number.get());
          } else if (cell == null || cell.isEmpty()) {
            g.writeNull(header.get(i));
          } else {
            g.write(header.get(i), cell);
          }
        }
        g.writeEnd();
      }
      g.writeEnd().writeEnd();
    }
  }

  /** Keeps the servlet's stream open when a writer or workbook closes its own. */
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
