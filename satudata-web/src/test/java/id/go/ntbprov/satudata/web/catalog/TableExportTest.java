package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

  static final List<String> HEADER = List.of("kode_wilayah", "catatan", "jumlah", "rasio");
  static final List<Variable> VARIABLES =
      List.of(
          Variable.keyCode("kode_wilayah", "Kode", "wilayah"),
          Variable.of("catatan", "Catatan", VariableType.TEXT, ""),
          Variable.of("jumlah", "Jumlah", VariableType.INTEGER, "orang"),
          Variable.of("rasio", "Rasio", VariableType.DECIMAL, "persen"));

  static List<String[]> rows() {
    return List.of(
        new String[] {"5201", "=HYPERLINK(\"http://evil\")", "-12", "1.234,5"},
        new String[] {"5202", "+1+2", "1.000", "-0,5"},
        new String[] {"5203", "@SUM(A1)", "7", ""},
        new String[] {"5204", "\tTab", "8", "2"},
        new String[] {"5205", "-", "9", "3"},
        new String[] {"5206", "\u003cb\u003e\"quoted\",text", "10", "4"});
  }

  final TableExport export = new TableExport(HEADER, VARIABLES, NumberStyle.COMMA_DECIMAL);

  @Test
  void csvNeutralisesFormulasKeepsNegativeNumbersAndWritesPlainNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.csv(rows().iterator(), out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("kode_wilayah,catatan,jumlah,rasio\r\n")
        .contains("5201,\"'=HYPERLINK(\"\"http://evil\"\")\",-12,1234.5\r\n")
        .contains("5202,'+1+2,1000,-0.5\r\n")
        .contains("5203,'@SUM(A1),7,\r\n")
        .contains("5204,'\tTab,8,2\r\n")
        .contains("5205,-,9,3\r\n")
        .contains("\"<b>\"\"quoted\"\",text\"");
    assertThat(out.toByteArray()[0]).isEqualTo((byte) 'k'); // no BOM
  }

  @Test
  void xlsxHasNumbersAsNumbersAndFormulasAsText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.xlsx(rows().iterator(), "2025", out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet s = wb.getSheet("2025");
      assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(s.getRow(1).getCell(1).getStringCellValue()).startsWith("'=");
      assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-12);
      assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1234.5);
      assertThat(s.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1000);
      assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'@SUM(A1)");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("kode_wilayah");
      assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        s.getRow(r).forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA));
      }
    }
  }

  @Test
  void jsonHasTypedValuesAndEscapedText() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.json(rows().iterator(), "2026-kes-001", "2025", 2, out);
    JsonObject doc =
        Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    assertThat(doc.getString("period")).isEqualTo("2025");
    JsonObject first = doc.getJsonArray("rows").getJsonObject(0);
    assertThat(first.getJsonNumber("jumlah").intValue()).isEqualTo(-12);
    assertThat(first.getJsonNumber("rasio").bigDecimalValue()).isEqualByComparingTo("1234.5");
    assertThat(first.getString("kode_wilayah")).isEqualTo("5201");
    assertThat(doc.getJsonArray("rows").getJsonObject(2).isNull("rasio")).isTrue();
    assertThat(doc.getJsonArray("rows").getJsonObject(5).getString("catatan"))
        .isEqualTo("<b>\"quoted\",text");
  }

  @Test
  void numberStyleIsSniffedFromNumericCells() {
    assertThat(DownloadServlet.sniff(HEADER, VARIABLES, rows()))
        .isEqualTo(NumberStyle.COMMA_DECIMAL);
    assertThat(
            DownloadServlet.sniff(
                HEADER, VARIABLES, List.<String[]>of(new String[] {"5201", "a,b", "12", "1.5"})))
        .isEqualTo(NumberStyle.DOT_DECIMAL);
  }
}
