package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.batch.datalist.DataListWorkbook;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bulk imports through the API and the batch job, used by {@link SopOverHttpChecks}; the screens'
 * tests take their files and agreed items from here too.
 */
public final class ImportChecks {

  private ImportChecks() {}

  /** An item keyed by a row number, so that any number of rows is conformant. */
  static String numberedItem(String code) {
    return """
        {"year": 2026, "code": "%s", "definition": {
          "title": "Register fasilitas", "description": "Satu baris per fasilitas",
          "topic": "Kesehatan", "producer": "DINKES",
          "standard": {"konsep": "Fasilitas", "definisi": "Fasilitas kesehatan", "klasifikasi": "",
                       "ukuran": "jumlah", "satuan": "unit"},
          "periodicity": "ANNUAL", "disaggregation": "PROVINCE", "priority": false,
          "activity": {"judulKegiatan": "Register", "tujuan": "Data", "jenisStatistik": "sektoral",
                       "caraPengumpulan": "administrasi", "sektor": "Kesehatan", "frekuensi": "tahunan",
                       "cakupanWilayah": "NTB", "penanggungJawab": "DINKES", "kontak": "x"},
          "variableMetadata": [
            {"variable": "no", "konsep": "No", "definisi": "Nomor", "referensiWaktu": "", "klasifikasi": "", "ukuran": "nomor"},
            {"variable": "kode_wilayah", "konsep": "Wilayah", "definisi": "Kode", "referensiWaktu": "", "klasifikasi": "", "ukuran": "kode"},
            {"variable": "jumlah", "konsep": "Jumlah", "definisi": "Jumlah", "referensiWaktu": "", "klasifikasi": "", "ukuran": "jumlah"}],
          "indicators": [],
          "variables": [
            {"name": "no", "label": "No", "type": "INTEGER", "key": true},
            {"name": "kode_wilayah", "label": "Kode wilayah", "type": "CODE", "codeList": "wilayah"},
            {"name": "jumlah", "label": "Jumlah", "type": "DECIMAL", "unit": "unit", "min": 0}]}}
        """
        .formatted(code);
  }

  /** A CSV of {@code n} numbered rows; the rows in {@code bad} carry a non-number. */
  public static byte[] csv(int n, char delimiter, List<Integer> bad) {
    StringBuilder b =
        new StringBuilder("\uFEFFno" + delimiter + "kode_wilayah" + delimiter + "jumlah\r\n");
    for (int i = 1; i <= n; i++) {
      String value = bad.contains(i) ? "banyak" : (i % 7) + "," + (i % 10);
      b.append(i)
          .append(delimiter)
          .append("5201")
          .append(delimiter)
          .append('"')
          .append(value)
          .append("\"\r\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An XLSX of {@code n} numbered rows below a title row. */
  static byte[] xlsx(int n) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("Data");
      s.createRow(0).createCell(0).setCellValue("Register fasilitas kesehatan 2025");
      Row h = s.createRow(1);
      h.createCell(0).setCellValue("no");
      h.createCell(1).setCellValue("kode_wilayah");
      h.createCell(2).setCellValue("jumlah");
      for (int i = 1; i <= n; i++) {
        Row r = s.createRow(i + 1);
        r.createCell(0).setCellValue(i);
        r.createCell(1).setCellValue("5201");
        if (i == 5) {
          r.createCell(2).setCellValue("lima"); // on Excel row 7: title, header, then data
        } else {
          r.createCell(2).setCellValue(i * 1.5);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** An old binary .xls workbook. */
  public static byte[] xls() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Data").createRow(0).createCell(0).setCellValue("no");
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** Takes a numbered item through planning to AGREED with the demo accounts. */
  public static void agree(java.net.URI base, String code) {
    String pw = SopOverHttpChecks.PASSWORD;
    Api producer = Api.signIn(base, "produsen.dinkes", pw);
    assertThat(producer.post("api/v1/items", numberedItem(code)).status()).isEqualTo(201);
    Api.signIn(base, "pembina", pw)
        .post("api/v1/items/2026/" + code + "/recommendation", "{\"decision\":\"RECOMMEND\"}");
    String meeting = "FDM-" + code;
    Api.signIn(base, "sekretariat", pw)
        .post(
            "api/v1/meetings",
            "{\"id\":\""
                + meeting
                + "\",\"year\":2026,\"date\":\"2026-01-12\","
                + "\"minutesNumber\":\"BA\",\"attendees\":[\"BPS\"]}");
    Api.Answer a =
        Api.signIn(base, "forum", pw)
            .post(
                "api/v1/meetings/" + meeting + "/agreement", "{\"items\":[\"2026/" + code + "\"]}");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
  }

  /**
   * A data list workbook (sheets Butir, Variabel) with one item per code; {@code type} of the
   * value.
   */
  public static byte[] dataList(List<String> codes, String type) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet items = wb.createSheet("Butir");
      String[] ih = DataListWorkbook.ITEM_COLUMNS.toArray(String[]::new);
      Sheet vars = wb.createSheet("Variabel");
      String[] vh = DataListWorkbook.VARIABLE_COLUMNS.toArray(String[]::new);
      row(items, 0, ih);
      row(vars, 0, vh);
      int v = 1;
      for (int i = 0; i < codes.size(); i++) {
        String c = codes.get(i);
        row(
            items,
            i + 1,
            new String[] {
              c,
              "Data " + c,
              "Uji impor",
              "Kesehatan",
              "DINKES",
              "tahunan",
              "kabupaten_kota",
              "tidak",
              "Konsep",
              "Definisi",
              "",
              "jumlah",
              "unit",
              "Kegiatan",
              "Tujuan",
              "administrasi",
              "kode_wilayah",
              "tahun"
            });
        row(
            vars,
            v++,
            new String[] {c, "kode_wilayah", "Kode", "CODE", "", "ya", "ya", "", "", "wilayah"});
        row(vars, v++, new String[] {c, "tahun", "Tahun", "YEAR", "", "ya", "", "", "", ""});
        row(vars, v++, new String[] {c, "jumlah", "Jumlah", type, "unit", "ya", "", "0", "", ""});
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void row(Sheet s, int index, String[] cells) {
    Row r = s.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      r.createCell(i).setCellValue(cells[i]);
    }
  }

  /** Starts a data list import; answers the execution id. */
  static long startDataList(Api api, byte[] workbook) {
    Api.Answer a =
        api.send(
            "api/v1/datalist/2026/imports?name=daftar.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            workbook);
    assertThat(a.status()).as(a.toString()).isEqualTo(202);
    return a.json().getJsonNumber("executionId").longValue();
  }

  /** Polls a job view until it ends. */
  static JsonObject awaitJob(Api api, String path, long execution) {
    Instant end = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      JsonObject j = api.get(path + execution).json();
      String s = j.getString("batchStatus");
      if (s.equals("COMPLETED") || s.equals("FAILED") || Instant.now().isAfter(end)) {
        return j;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return j;
      }
    }
  }

  /** Starts an import and answers the 202's body. */
  public static JsonObject start(Api api, String code, String query, String name, byte[] body) {
    Api.Answer a =
        api.send(
            "api/v1/items/2026/" + code + "/imports?period=2025&name=" + name + query,
            "application/octet-stream",
            body);
    assertThat(a.status()).as(a.toString()).isEqualTo(202);
    return a.json();
  }

  /** Polls an import until it leaves RUNNING. */
  public static JsonObject await(Api api, String submission) {
    Instant end = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      JsonObject p = api.get("api/v1/imports/" + submission).json();
      if (!p.getString("status").equals("RUNNING") || Instant.now().isAfter(end)) {
        return p;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return p;
      }
    }
  }
}
