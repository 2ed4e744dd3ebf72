package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Data for tests that need the SOP's objects in a given state, made through the REST API with the
 * demo accounts: an item agreed in planning, uploads of DINKES's region table, submissions handed
 * in, accepted, validated with a letter. Each caller uses its own item codes.
 */
public final class SopFixtures {

  /** The demo accounts' password. */
  public static final String PASSWORD = "satudata-demo-2026";

  /** NTB's ten regency and city codes. */
  public static final String[] NTB = {
    "5201", "5202", "5203", "5204", "5205", "5206", "5207", "5208", "5271", "5272"
  };

  private final URI base;

  /** Fixtures for the application at {@code base} (ends with "/"). */
  public SopFixtures(URI base) {
    this.base = base;
  }

  /** A client signed in as a demo account. */
  public Api as(String user) {
    return Api.signIn(base, user, PASSWORD);
  }

  public static String item(int year, String code) {
    return """
        {"year": %d, "code": "%s", "definition": {
          "title": "Jumlah Tenaga Kesehatan", "description": "Tenaga kesehatan menurut kabupaten/kota",
          "topic": "Kesehatan", "producer": "DINKES",
          "standard": {"konsep": "Tenaga kesehatan", "definisi": "Setiap orang yang mengabdikan diri di bidang kesehatan",
                       "klasifikasi": "", "ukuran": "jumlah", "satuan": "orang"},
          "periodicity": "ANNUAL", "disaggregation": "REGENCY_CITY", "priority": true,
          "activity": {"judulKegiatan": "Kompilasi data nakes", "tujuan": "Menyediakan data nakes",
                       "jenisStatistik": "sektoral", "caraPengumpulan": "kompilasi produk administrasi",
                       "sektor": "Kesehatan", "frekuensi": "tahunan", "cakupanWilayah": "NTB",
                       "penanggungJawab": "DINKES", "kontak": "data@dinkes.example"},
          "variableMetadata": [
            {"variable": "kode_wilayah", "konsep": "Wilayah", "definisi": "Kode wilayah", "referensiWaktu": "", "klasifikasi": "", "ukuran": "kode"},
            {"variable": "tahun", "konsep": "Tahun", "definisi": "Tahun data", "referensiWaktu": "31 Desember", "klasifikasi": "", "ukuran": "tahun"},
            {"variable": "jumlah_nakes", "konsep": "Nakes", "definisi": "Jumlah nakes", "referensiWaktu": "31 Desember", "klasifikasi": "", "ukuran": "jumlah"}],
          "indicators": [],
          "variables": [
            {"name": "kode_wilayah", "label": "Kode wilayah", "type": "CODE", "key": true, "codeList": "wilayah"},
            {"name": "tahun", "label": "Tahun", "type": "YEAR"},
            {"name": "jumlah_nakes", "label": "Jumlah nakes", "type": "INTEGER", "unit": "orang", "min": 0}],
          "regionVariable": "kode_wilayah", "periodVariable": "tahun"}}
        """
        .formatted(year, code);
  }

  public static String table(String period, String firstCode) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < NTB.length; i++) {
      String code = i == 0 ? firstCode : NTB[i];
      rows.add("[\"" + code + "\", \"" + period + "\", \"" + (100 + i) + "\"]");
    }
    return """
        {"period": "%s", "header": ["kode_wilayah", "tahun", "jumlah_nakes"], "rows": [%s]}
        """
        .formatted(period, String.join(",", rows));
  }

  /** Takes an item through planning to AGREED; returns its path. */
  public String agreedItem(String code) {
    return agreedItem(code, item(2026, code));
  }

  /** Takes an item with this definition (JSON of {@code POST /api/v1/items}) to AGREED. */
  public String agreedItem(String code, String itemJson) {
    Api producer = as("produsen.dinkes");
    assertThat(producer.post("api/v1/items", itemJson).status()).isEqualTo(201);
    Api pembina = as("pembina");
    assertThat(
            pembina
                .post(
                    "api/v1/items/2026/" + code + "/recommendation", "{\"decision\":\"RECOMMEND\"}")
                .status())
        .isEqualTo(200);
    String meeting = "FDM-" + code;
    assertThat(
            as("sekretariat")
                .post(
                    "api/v1/meetings",
                    "{\"id\":\""
                        + meeting
                        + "\",\"year\":2026,\"date\":\"2026-01-12\",\"minutesNumber\":\"BA-"
                        + code
                        + "\",\"attendees\":[\"Bappeda\",\"BPS\"]}")
                .status())
        .isEqualTo(201);
    Api.Answer agreed =
        as("forum")
            .post(
                "api/v1/meetings/" + meeting + "/agreement", "{\"items\":[\"2026/" + code + "\"]}");
    assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
    return "api/v1/items/2026/" + code;
  }

  /** Uploads a clean table, submits and accepts it; returns the submission path. */
  public String conformant(String itemPath, String period) {
    Api producer = as("produsen.dinkes");
    Api.Answer up = producer.post(itemPath + "/submissions", table(period, NTB[0]));
    assertThat(up.status()).as(up.toString()).isEqualTo(201);
    String path = "api/v1/submissions/" + up.json().getString("id");
    assertThat(producer.post(path + "/submit", "").status()).isEqualTo(200);
    Api.Answer ok = as("walidata").post(path + "/accept", "{}");
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    return path;
  }

  public static String scan(Api who, String name) {
    Api.Answer f =
        who.upload(name, "application/pdf", ("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8));
    assertThat(f.status()).as(f.toString()).isEqualTo(201);
    return f.json().getString("id");
  }

  /** Uploads DINKES's table for a period and hands it in; returns the submission id. */
  public String submitted(String itemPath, String period, String firstCode) {
    Api producer = as("produsen.dinkes");
    Api.Answer up = producer.post(itemPath + "/submissions", table(period, firstCode));
    assertThat(up.status()).as(up.toString()).isEqualTo(201);
    String id = up.json().getString("id");
    Api.Answer submit = producer.post("api/v1/submissions/" + id + "/submit", "");
    assertThat(submit.status()).as(submit.toString()).isEqualTo(200);
    return id;
  }

  /** Validates a conformant submission with a letter of DINKES's head; returns the letter JSON. */
  public Api.Answer validated(String submissionId, String letterNumber) {
    Api head = as("kepala.dinkes");
    String scan = scan(head, letterNumber.replace('/', '-') + ".pdf");
    Api.Answer letter =
        head.post(
            "api/v1/letters/validation",
            "{\"number\":\""
                + letterNumber
                + "\",\"date\":\"2026-02-06\",\"signatory\":\"Kepala DINKES\","
                + "\"agency\":\"DINKES\",\"covers\":[\""
                + submissionId
                + "\"],\"scanFileId\":\""
                + scan
                + "\"}");
    assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
    return letter;
  }
}
