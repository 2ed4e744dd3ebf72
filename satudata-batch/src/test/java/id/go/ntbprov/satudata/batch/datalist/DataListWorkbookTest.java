package id.go.ntbprov.satudata.batch.datalist;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data list workbook reads into item definitions, or into problems with sheet, row, column. */
class DataListWorkbookTest {

  @TempDir Path dir;

  static final List<String> ITEM =
      List.of(
          "KEP-001",
          "Jumlah Penduduk",
          "Menurut kabupaten/kota",
          "Kependudukan",
          "DPMPD",
          "tahunan",
          "kabupaten_kota",
          "ya",
          "Penduduk",
          "Orang yang berdomisili",
          "",
          "jumlah",
          "jiwa",
          "Registrasi penduduk",
          "Menyediakan data",
          "administrasi",
          "kode_wilayah",
          "tahun");

  /** Writes a workbook with the given item rows and variable rows (after their headers). */
  static Path workbook(Path dir, List<List<String>> items, List<List<String>> variables)
      throws IOException {
    Path file = dir.resolve("daftar-data.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      fill(wb.createSheet("Butir"), DataListWorkbook.ITEM_COLUMNS, items);
      fill(wb.createSheet("Variabel"), DataListWorkbook.VARIABLE_COLUMNS, variables);
      wb.write(out);
    }
    return file;
  }

  private static void fill(Sheet s, List<String> header, List<List<String>> rows) {
    Row h = s.createRow(0);
    for (int i = 0; i < header.size(); i++) {
      h.createCell(i).setCellValue(header.get(i));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = s.createRow(r + 1);
      for (int i = 0; i < rows.get(r).size(); i++) {
        row.createCell(i).setCellValue(rows.get(r).get(i));
      }
    }
  }

  static List<List<String>> variables(String code) {
    return List.of(
        List.of(code, "kode_wilayah", "Kode wilayah", "CODE", "", "ya", "ya", "", "", "wilayah"),
        List.of(code, "tahun", "Tahun", "YEAR", "", "ya", "", "", "", ""),
        List.of(code, "jumlah_penduduk", "Jumlah", "INTEGER", "jiwa", "ya", "", "0", "", ""));
  }

  @Test
  void aWellFormedWorkbookGivesItsItems() throws IOException {
    DataListWorkbook.Result r =
        DataListWorkbook.read(workbook(dir, List.of(ITEM), variables("KEP-001")), 2026);
    assertThat(r.problems()).isEmpty();
    assertThat(r.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id().toString()).isEqualTo("2026/KEP-001");
              assertThat(i.row()).isEqualTo(2);
              assertThat(i.definition().periodicity()).isEqualTo(Periodicity.ANNUAL);
              assertThat(i.definition().disaggregation()).isEqualTo(RegionLevel.REGENCY_CITY);
              assertThat(i.definition().structure().variables())
                  .extracting(v -> v.type())
                  .containsExactly(VariableType.CODE, VariableType.YEAR, VariableType.INTEGER);
              assertThat(i.definition().structure().keyVariables()).hasSize(1);
              assertThat(i.definition().structure().regionVariable()).contains("kode_wilayah");
              assertThat(i.definition().standard().satuan()).isEqualTo("jiwa");
            });
  }

  @Test
  void everyProblemIsReportedWithSheetRowAndColumnAndNothingIsKept() throws IOException {
    List<String> badPeriodicity = new java.util.ArrayList<>(ITEM);
    badPeriodicity.set(0, "KEP-002");
    badPeriodicity.set(5, "kadang-kadang");
    List<List<String>> vars = new java.util.ArrayList<>(variables("KEP-001"));
    vars.addAll(variables("KEP-002"));
    vars.add(List.of("KEP-001", "luas", "Luas", "HEKTAR", "", "", "", "", "", ""));
    DataListWorkbook.Result r =
        DataListWorkbook.read(workbook(dir, List.of(ITEM, badPeriodicity, ITEM), vars), 2026);
    assertThat(r.items()).as("all or nothing").isEmpty();
    assertThat(r.problems())
        .extracting(Object::toString)
        .anySatisfy(
            p -> assertThat(p).startsWith("Variabel, baris 8, kolom tipe").contains("HEKTAR"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("Butir, baris 3, kolom periodisitas")
                    .contains("kadang-kadang"))
        .anySatisfy(
            p -> assertThat(p).startsWith("Butir, baris 4, kolom kode").contains("baris 2"));
  }

  @Test
  void anItemWithoutVariablesIsAProblem() throws IOException {
    DataListWorkbook.Result r =
        DataListWorkbook.read(workbook(dir, List.of(ITEM), List.of()), 2026);
    assertThat(r.problems())
        .extracting(Object::toString)
        .anySatisfy(p -> assertThat(p).contains("Butir, baris 2").contains("tidak ada variabel"));
  }
}
