package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.web.catalog.dcat.DcatApShapes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The public catalogue over HTTP, without credentials: the CKAN Action API against CKAN's
 * documented shapes, downloads, DCAT-AP (validated with Jena's SHACL engine), data.json, the pages,
 * conditional GETs, a publication visible within a second, and that nothing unpublished leaks
 * anywhere. Runs after {@link SopOverHttpChecks} on the same deployment; its items use codes {@code
 * CAT-…}.
 */
abstract class CatalogChecks extends SopOverHttpChecks {

  static final Pattern CKAN_TIME =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
  static final String FACETS =
      URLEncoder.encode(
          "[\"organization\",\"groups\",\"tags\",\"res_format\",\"year\"]", StandardCharsets.UTF_8);

  /** An item whose table has a text column and a decimal column that may be negative. */
  static String catalogItem(String code, String title, String topic, String description) {
    return """
        {"year": 2026, "code": "%s", "definition": {
          "title": "%s", "description": "%s",
          "topic": "%s", "producer": "DINKES",
          "standard": {"konsep": "Ketahanan pangan", "definisi": "Kemampuan daerah memenuhi pangan",
                       "klasifikasi": "", "ukuran": "indeks", "satuan": "poin"},
          "periodicity": "ANNUAL", "disaggregation": "REGENCY_CITY", "priority": false,
          "activity": {"judulKegiatan": "Kompilasi indeks", "tujuan": "Menyediakan indeks",
                       "jenisStatistik": "sektoral", "caraPengumpulan": "kompilasi",
                       "sektor": "Pangan", "frekuensi": "tahunan", "cakupanWilayah": "NTB",
                       "penanggungJawab": "DINKES", "kontak": "data@dinkes.example"},
          "variableMetadata": [
            {"variable": "kode_wilayah", "konsep": "Wilayah", "definisi": "Kode wilayah", "referensiWaktu": "", "klasifikasi": "", "ukuran": "kode"},
            {"variable": "tahun", "konsep": "Tahun", "definisi": "Tahun data", "referensiWaktu": "31 Desember", "klasifikasi": "", "ukuran": "tahun"},
            {"variable": "skor_pangan", "konsep": "Skor", "definisi": "Skor ketahanan", "referensiWaktu": "31 Desember", "klasifikasi": "", "ukuran": "indeks"},
            {"variable": "perubahan", "konsep": "Perubahan", "definisi": "Perubahan skor", "referensiWaktu": "31 Desember", "klasifikasi": "", "ukuran": "persen"},
            {"variable": "keterangan", "konsep": "Keterangan", "definisi": "Catatan", "referensiWaktu": "", "klasifikasi": "", "ukuran": "teks"}],
          "indicators": [],
          "variables": [
            {"name": "kode_wilayah", "label": "Kode wilayah", "type": "CODE", "key": true, "codeList": "wilayah"},
            {"name": "tahun", "label": "Tahun", "type": "YEAR"},
            {"name": "skor_pangan", "label": "Skor pangan", "type": "INTEGER", "unit": "poin", "min": 0},
            {"name": "perubahan", "label": "Perubahan", "type": "DECIMAL", "unit": "persen"},
            {"name": "keterangan", "label": "Keterangan", "type": "TEXT", "required": false}],
          "regionVariable": "kode_wilayah", "periodVariable": "tahun"}}
        """
        .formatted(code, title, description, topic);
  }

  /** A clean table for {@link #catalogItem}; the first rows hold formula-like text. */
  static String catalogTable(String period) {
    String[] notes = {"=1+2", "@SUM(A1)", "+62 370", "-catatan", "\\tTab", "biasa", "", "", "", ""};
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < NTB.length; i++) {
      rows.add(
          "[\"%s\", \"%s\", \"%d\", \"%s\", \"%s\"]"
              .formatted(NTB[i], period, 50 + i * 3, i % 2 == 0 ? "-1.5" : "2.25", notes[i]));
    }
    return """
        {"period": "%s", "header": ["kode_wilayah", "tahun", "skor_pangan", "perubahan", "keterangan"], "rows": [%s]}
        """
        .formatted(period, String.join(",", rows));
  }

  String agreedCatalogItem(String code, String title, String topic, String description) {
    return agreedItem(code, catalogItem(code, title, topic, description));
  }

  /** Uploads, submits and accepts a version of a catalogue item; returns its path. */
  String conformantVersion(String itemPath, String period) {
    Api producer = as("produsen.dinkes");
    Api.Answer up = producer.post(itemPath + "/submissions", catalogTable(period));
    assertThat(up.status()).as(up.toString()).isEqualTo(201);
    String path = "api/v1/submissions/" + up.json().getString("id");
    assertThat(producer.post(path + "/submit", "").status()).isEqualTo(200);
    Api.Answer ok = as("walidata").post(path + "/accept", "{}");
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    return path;
  }

  /** Validates a conformant version with a letter of the head of DINKES. */
  void validated(String path) {
    Api head = as("kepala.dinkes");
    String id = path.substring("api/v1/submissions/".length());
    Api.Answer letter =
        head.post(
            "api/v1/letters/validation",
            "{\"number\":\"SV/"
                + id
                + "\",\"date\":\"2026-02-06\",\"signatory\":\"Kepala DINKES\",\"agency\":\"DINKES\",\"covers\":[\""
                + id
                + "\"],\"scanFileId\":\""
                + scan(head, "sv.pdf")
                + "\"}");
    assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
  }

  void publish(String path) {
    validated(path);
    publishValidated(path);
  }

  void publishValidated(String path) {
    Api.Answer p = as("walidata").post(path + "/publish", "");
    assertThat(p.status()).as(p.toString()).isEqualTo(200);
  }

  Api anon() {
    return Api.anonymous(base());
  }

  /** A CKAN action (GET); asserts the envelope and returns it. */
  JsonObject ckan(String actionAndQuery) {
    Api.Answer a = anon().get("api/3/action/" + actionAndQuery);
    assertThat(a.status()).as(actionAndQuery + " -> " + a).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    JsonObject e = a.json();
    assertThat(e.getBoolean("success")).isTrue();
    assertThat(e.getString("help")).contains("api/3/action/help_show?name=");
    assertThat(e.containsKey("result")).isTrue();
    return e;
  }

  JsonObject ckanError(String actionAndQuery, int status, String type) {
    Api.Answer a = anon().get("api/3/action/" + actionAndQuery);
    assertThat(a.status()).as(a.toString()).isEqualTo(status);
    JsonObject e = a.json();
    assertThat(e.getBoolean("success")).isFalse();
    assertThat(e.getJsonObject("error").getString("__type")).isEqualTo(type);
    assertThat(e.getJsonObject("error").getString("message")).isNotBlank();
    assertThat(e.containsKey("result")).isFalse();
    return e;
  }

  HttpResponse<byte[]> raw(String path, Map<String, String> headers) {
    return anon().bytes(path, headers);
  }

  String text(String path) {
    HttpResponse<byte[]> r = raw(path, Map.of());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static List<String> strings(JsonArray a) {
    return a.stream().map(v -> ((JsonString) v).getString()).toList();
  }

  // -------------------------------------------------------------------------------------------

  @Test
  @Order(100)
  void aPublicationIsPublicWithinOneSecond() {
    String item =
        agreedCatalogItem(
            "CAT-001",
            "Indeks Ketahanan Pangan Daérah",
            "Pangan",
            "Skor ketahanan pangan per kabupaten/kota");
    String v1 = conformantVersion(item, "2024");
    validated(v1);
    ckanError("package_show?id=2026-cat-001", 404, "Not Found Error");
    String searchTag =
        anon().get("api/3/action/package_search").raw().headers().firstValue("ETag").orElseThrow();

    Api.Answer published = as("walidata").post(v1 + "/publish", "");
    long answered = System.nanoTime();
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    Api.Answer shown;
    do {
      shown = anon().get("api/3/action/package_show?id=2026-cat-001");
    } while (shown.status() != 200 && System.nanoTime() - answered < 5_000_000_000L);
    long visibleAfterMs = (System.nanoTime() - answered) / 1_000_000;
    assertThat(shown.status()).isEqualTo(200);
    assertThat(visibleAfterMs).as("ms from the publish answer to the catalogue").isLessThan(1000);
    assertThat(
            anon()
                .get("api/3/action/package_search")
                .raw()
                .headers()
                .firstValue("ETag")
                .orElseThrow())
        .isNotEqualTo(searchTag);
    assertThat(text("dcat/catalog.ttl")).contains("2026-cat-001");
    assertThat(text("")).contains("Indeks Ketahanan Pangan Daérah");
  }

  @Test
  @Order(101)
  void everyActionAnswersInCkansShapes() {
    JsonObject status = ckan("status_show").getJsonObject("result");
    assertThat(status.getString("ckan_version")).matches("2\\.\\d+\\.\\d+");
    assertThat(status.getString("site_url")).startsWith("http");
    assertThat(status.getString("site_title")).isNotBlank();
    assertThat(status.getString("locale_default")).isEqualTo("id");
    assertThat(status.getJsonArray("extensions")).isNotNull();

    List<String> names = strings(ckan("package_list").getJsonArray("result"));
    assertThat(names).contains("2026-cat-001", "2026-kes-001").isSorted();
    assertThat(ckan("package_list?limit=1&offset=1").getJsonArray("result")).hasSize(1);

    JsonObject pkg = ckan("package_show?id=2026-cat-001").getJsonObject("result");
    requirePackageShape(pkg);
    Api.Answer byPost = anon().post("api/3/action/package_show", "{\"id\":\"2026-cat-001\"}");
    assertThat(byPost.json())
        .as("the kept answer of a GET by name (PackageShowFilter) is the resource's answer")
        .isEqualTo(ckan("package_show?id=2026-cat-001"));
    assertThat(pkg.getString("title")).isEqualTo("Indeks Ketahanan Pangan Daérah");
    assertThat(pkg.getString("notes")).isEqualTo("Skor ketahanan pangan per kabupaten/kota");
    assertThat(pkg.getJsonObject("organization").getString("name")).isEqualTo("dinkes");
    assertThat(pkg.getJsonArray("resources")).hasSize(3);
    assertThat(
            pkg.getJsonArray("resources").stream().map(r -> ((JsonObject) r).getString("format")))
        .containsExactly("CSV", "XLSX", "JSON");
    assertThat(
            ckan("package_show?id=" + pkg.getString("id"))
                .getJsonObject("result")
                .getString("name"))
        .isEqualTo("2026-cat-001");

    JsonObject search =
        ckan("package_search?q=ketah%20DAERAH&rows=5&facet.field=" + FACETS)
            .getJsonObject("result");
    assertThat(search.getInt("count")).isEqualTo(1);
    assertThat(search.getString("sort")).isNotBlank();
    JsonObject hit = search.getJsonArray("results").getJsonObject(0);
    requirePackageShape(hit);
    assertThat(hit.getString("name")).isEqualTo("2026-cat-001");
    assertThat(search.getJsonObject("facets").getJsonObject("organization").getInt("dinkes"))
        .isEqualTo(1);
    assertThat(search.getJsonObject("facets").getJsonObject("res_format").getInt("CSV"))
        .isEqualTo(1);
    JsonObject orgFacet = search.getJsonObject("search_facets").getJsonObject("organization");
    assertThat(orgFacet.getString("title")).isEqualTo("organization");
    JsonObject item = orgFacet.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("name")).isEqualTo("dinkes");
    assertThat(item.getString("display_name")).isNotBlank();
    assertThat(item.getInt("count")).isEqualTo(1);

    JsonObject filtered =
        ckan("package_search?fq="
                + URLEncoder.encode(
                    "organization:dinkes +year:2024 groups:pangan", StandardCharsets.UTF_8))
            .getJsonObject("result");
    assertThat(
            filtered.getJsonArray("results").stream().map(r -> ((JsonObject) r).getString("name")))
        .contains("2026-cat-001")
        .doesNotContain("2026-kes-001");
    JsonObject paged =
        ckan("package_search?rows=1&start=1&sort=name%20asc").getJsonObject("result");
    assertThat(paged.getJsonArray("results")).hasSize(1);
    assertThat(paged.getInt("count")).isEqualTo(names.size());
    assertThat(paged.getJsonArray("results").getJsonObject(0).getString("name"))
        .isEqualTo(names.get(1));

    Api.Answer post =
        anon()
            .post(
                "api/3/action/package_search",
                "{\"q\":\"pangan\",\"rows\":1,\"facet.field\":[\"tags\"]}");
    assertThat(post.status()).isEqualTo(200);
    assertThat(
            post.json()
                .getJsonObject("result")
                .getJsonArray("results")
                .getJsonObject(0)
                .getString("name"))
        .isEqualTo("2026-cat-001");

    assertThat(strings(ckan("organization_list").getJsonArray("result"))).contains("dinkes");
    JsonObject org =
        ckan("organization_list?all_fields=true").getJsonArray("result").stream()
            .map(JsonObject.class::cast)
            .filter(o -> o.getString("name").equals("dinkes"))
            .findFirst()
            .orElseThrow();
    requireGroupShape(org, true);
    assertThat(org.getInt("package_count")).isGreaterThanOrEqualTo(2);
    JsonObject shown =
        ckan("organization_show?id=dinkes&include_datasets=true").getJsonObject("result");
    requireGroupShape(shown, true);
    assertThat(shown.getJsonArray("packages").stream().map(p -> ((JsonObject) p).getString("name")))
        .contains("2026-cat-001");
    assertThat(strings(ckan("group_list").getJsonArray("result"))).contains("pangan", "kesehatan");
    requireGroupShape(
        ckan("group_list?all_fields=true").getJsonArray("result").getJsonObject(0), false);
    assertThat(strings(ckan("tag_list").getJsonArray("result"))).contains("Pangan", "Kesehatan");
    assertThat(strings(ckan("tag_list?query=pang").getJsonArray("result")))
        .containsExactly("Ketahanan pangan", "Pangan");

    // CKAN's error envelope
    ckanError("package_show?id=no-such-dataset", 404, "Not Found Error");
    ckanError("package_show", 409, "Validation Error");
    ckanError("organization_show?id=nobody", 404, "Not Found Error");
    assertThat(
            ckanError("package_search?rows=many", 409, "Validation Error")
                .getJsonObject("error")
                .getString("message"))
        .contains("rows");
    assertThat(
            ckanError("package_search?fq=colour:red", 409, "Validation Error")
                .getJsonObject("error")
                .getString("message"))
        .contains("colour");
    ckanError("package_search?sort=colour%20asc", 409, "Validation Error");
    ckanError("package_search?rows=5000", 409, "Validation Error");
    ckanError("package_create", 400, "Bad Request");
    Api.Answer english = Api.anonymous(base()).english().get("api/3/action/package_show?id=nope");
    assertThat(english.json().getJsonObject("error").getString("message")).startsWith("Not found");
    // a CKAN API key from a harvester means nothing here, and is not refused
    HttpResponse<byte[]> withKey =
        raw("api/3/action/package_list", Map.of("Authorization", "some-ckan-api-key"));
    assertThat(withKey.statusCode()).isEqualTo(200);
  }

  static void requirePackageShape(JsonObject p) {
    for (String k :
        List.of(
            "id",
            "name",
            "title",
            "notes",
            "type",
            "state",
            "license_id",
            "license_title",
            "metadata_created",
            "metadata_modified",
            "owner_org",
            "url")) {
      assertThat(p.get(k)).as(k).isInstanceOf(JsonString.class);
    }
    assertThat(p.getString("type")).isEqualTo("dataset");
    assertThat(p.getString("metadata_created")).matches(CKAN_TIME);
    assertThat(p.getString("metadata_modified")).matches(CKAN_TIME);
    assertThat(p.get("private")).isEqualTo(JsonValue.FALSE);
    assertThat(p.get("isopen")).isEqualTo(JsonValue.TRUE);
    assertThat(p.getString("id")).matches("[0-9a-f-]{36}");
    requireGroupShape(p.getJsonObject("organization"), true);
    assertThat(p.getString("owner_org")).isEqualTo(p.getJsonObject("organization").getString("id"));
    JsonArray resources = p.getJsonArray("resources");
    assertThat(p.getInt("num_resources")).isEqualTo(resources.size());
    for (JsonValue v : resources) {
      JsonObject r = (JsonObject) v;
      for (String k :
          List.of(
              "id",
              "package_id",
              "name",
              "description",
              "url",
              "format",
              "mimetype",
              "created",
              "last_modified",
              "state")) {
        assertThat(r.get(k)).as("resource." + k).isInstanceOf(JsonString.class);
      }
      assertThat(r.getString("package_id")).isEqualTo(p.getString("id"));
      assertThat(r.getString("url"))
          .startsWith("http")
          .contains("/download/" + p.getString("name") + "/");
      assertThat(r.getInt("position")).isGreaterThanOrEqualTo(0);
    }
    JsonArray tags = p.getJsonArray("tags");
    assertThat(p.getInt("num_tags")).isEqualTo(tags.size());
    tags.forEach(
        t -> {
          assertThat(((JsonObject) t).getString("name")).isNotBlank();
          assertThat(((JsonObject) t).getString("display_name")).isNotBlank();
        });
    p.getJsonArray("groups").forEach(g -> requireGroupShape((JsonObject) g, false));
    p.getJsonArray("extras")
        .forEach(
            e -> {
              assertThat(((JsonObject) e).getString("key")).isNotBlank();
              assertThat(((JsonObject) e).get("value")).isInstanceOf(JsonString.class);
            });
  }

  static void requireGroupShape(JsonObject g, boolean organization) {
    for (String k :
        List.of(
            "id",
            "name",
            "title",
            "display_name",
            "type",
            "description",
            "image_display_url",
            "created",
            "state",
            "approval_status")) {
      assertThat(g.get(k)).as(k).isInstanceOf(JsonString.class);
    }
    assertThat(g.getString("type")).isEqualTo(organization ? "organization" : "group");
    assertThat(g.getBoolean("is_organization")).isEqualTo(organization);
  }

  @Test
  @Order(102)
  void downloadsAreAtTheResourceUrlsAndSafeToOpen() throws IOException {
    JsonObject pkg = ckan("package_show?id=2026-cat-001").getJsonObject("result");
    Map<String, String> urls =
        pkg.getJsonArray("resources").stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(r -> r.getString("format"), r -> r.getString("url")));
    assertThat(urls.get("CSV")).endsWith("/download/2026-cat-001/2024/v1.csv");

    HttpResponse<byte[]> csv = raw(urls.get("CSV"), Map.of());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("kode_wilayah,tahun,skor_pangan,perubahan,keterangan\r\n")
        .contains("5201,2024,50,-1.5,'=1+2\r\n")
        .contains("5202,2024,53,2.25,'@SUM(A1)\r\n")
        .contains(",'+62 370\r\n")
        .contains(",'-catatan\r\n")
        .contains(",'\tTab\r\n");

    HttpResponse<byte[]> xlsx = raw(urls.get("XLSX"), Map.of());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(-1.5);
      assertThat(s.getRow(1).getCell(4).getStringCellValue()).isEqualTo("'=1+2");
      assertThat(s.getLastRowNum()).isEqualTo(10);
    }

    JsonObject json =
        Json.createReader(
                new StringReader(
                    new String(raw(urls.get("JSON"), Map.of()).body(), StandardCharsets.UTF_8)))
            .readObject();
    assertThat(json.getJsonArray("rows")).hasSize(10);
    assertThat(json.getJsonArray("rows").getJsonObject(0).getJsonNumber("perubahan").doubleValue())
        .isEqualTo(-1.5);
    assertThat(json.getJsonArray("rows").getJsonObject(0).getString("keterangan"))
        .isEqualTo("=1+2");

    HttpResponse<byte[]> again =
        raw(
            urls.get("CSV"),
            Map.of("If-None-Match", csv.headers().firstValue("ETag").orElseThrow()));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(raw("download/2026-cat-001/2024/v9.csv", Map.of()).statusCode()).isEqualTo(404);
    assertThat(raw("download/2026-cat-001/2024/v1.exe", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  @Order(103)
  void aNewVersionSupersedesAndAWithdrawalLeavesATombstone() {
    String v2 = conformantVersion("api/v1/items/2026/CAT-001", "2024");
    publish(v2);
    JsonObject pkg = ckan("package_show?id=2026-cat-001").getJsonObject("result");
    assertThat(pkg.getJsonArray("resources").stream().map(r -> ((JsonObject) r).getString("url")))
        .allMatch(u -> u.contains("/2024/v2."));
    String page = text("dataset/2026-cat-001");
    assertThat(page).contains("v1").contains("v2").contains("Digantikan");
    assertThat(raw("download/2026-cat-001/2024/v1.csv", Map.of()).statusCode()).isEqualTo(200);

    String item =
        agreedCatalogItem(
            "CAT-003", "Data Ditarik Contoh", "Pangan", "Deskripsi <script>alert('x')</script>");
    String v = conformantVersion(item, "2024");
    publish(v);
    assertThat(text("dataset/2026-cat-003"))
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
    Api.Answer w = as("walidata").post(v + "/withdraw", "{\"reason\":\"Angka salah hitung <b>\"}");
    assertThat(w.status()).as(w.toString()).isEqualTo(200);

    JsonObject gone = ckan("package_show?id=2026-cat-003").getJsonObject("result");
    assertThat(gone.getString("state")).isEqualTo("deleted");
    assertThat(gone.getJsonArray("resources")).isEmpty();
    assertThat(
            gone.getJsonArray("extras").stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getString("key").equals("withdrawal_reason"))
                .map(e -> e.getString("value")))
        .containsExactly("Angka salah hitung <b>");
    assertThat(strings(ckan("package_list").getJsonArray("result"))).doesNotContain("2026-cat-003");
    assertThat(ckan("package_search?q=ditarik").getJsonObject("result").getInt("count")).isZero();
    HttpResponse<byte[]> download = raw("download/2026-cat-003/2024/v1.csv", Map.of());
    assertThat(download.statusCode()).isEqualTo(410);
    assertThat(new String(download.body(), StandardCharsets.UTF_8))
        .contains("Angka salah hitung <b>");
    HttpResponse<byte[]> tomb = raw("dataset/2026-cat-003", Map.of());
    assertThat(tomb.statusCode()).isEqualTo(410);
    assertThat(new String(tomb.body(), StandardCharsets.UTF_8))
        .contains("Angka salah hitung &lt;b&gt;");
    assertThat(text("dcat/catalog.ttl")).doesNotContain("2026-cat-003");
    assertThat(text("data.json")).doesNotContain("2026-cat-003");
  }

  @Test
  @Order(104)
  void nothingUnpublishedAppearsAnywhere() {
    String item =
        agreedCatalogItem(
            "CAT-LEAK", "Rahasiaxyz Belum Terbit", "Topikrahasia", "Tidak boleh tampil");
    Api producer = as("produsen.dinkes");
    Api walidata = as("walidata");
    // DRAFT 2019, SUBMITTED 2020, RETURNED 2021, CONFORMANT 2022, VALIDATED 2023
    assertThat(producer.post(item + "/submissions", catalogTable("2019")).status()).isEqualTo(201);
    String submitted =
        "api/v1/submissions/"
            + producer.post(item + "/submissions", catalogTable("2020")).json().getString("id");
    assertThat(producer.post(submitted + "/submit", "").status()).isEqualTo(200);
    String returned =
        "api/v1/submissions/"
            + producer.post(item + "/submissions", catalogTable("2021")).json().getString("id");
    assertThat(producer.post(returned + "/submit", "").status()).isEqualTo(200);
    assertThat(walidata.post(returned + "/return", "{\"notes\":\"perbaiki\"}").status())
        .isEqualTo(200);
    conformantVersion(item, "2022");
    validated(conformantVersion(item, "2023"));
    // a published dataset with a validated-but-unpublished period and an unpublished newer version
    validated(conformantVersion("api/v1/items/2026/CAT-001", "2025"));
    assertThat(
            producer.post("api/v1/items/2026/CAT-001/submissions", catalogTable("2024")).status())
        .isEqualTo(201);

    // the truth: items with a PUBLISHED version, read by the custodian
    Set<String> published = new HashSet<>();
    walidata
        .get("api/v1/submissions?status=PUBLISHED")
        .array()
        .forEach(
            s -> {
              String[] id = ((JsonObject) s).getString("id").split("/");
              published.add(id[0] + "-" + id[1].toLowerCase());
            });
    assertThat(new HashSet<>(strings(ckan("package_list").getJsonArray("result"))))
        .isEqualTo(published);

    ckanError("package_show?id=2026-cat-leak", 404, "Not Found Error");
    assertThat(ckan("package_search?q=rahasiaxyz").getJsonObject("result").getInt("count"))
        .isZero();
    JsonObject facets =
        ckan("package_search?rows=0&facet.field=" + FACETS)
            .getJsonObject("result")
            .getJsonObject("facets");
    assertThat(facets.getJsonObject("year").keySet())
        .doesNotContain("2019", "2020", "2021", "2022", "2023");
    assertThat(facets.getJsonObject("groups").keySet()).doesNotContain("topikrahasia");
    assertThat(strings(ckan("group_list").getJsonArray("result"))).doesNotContain("topikrahasia");
    assertThat(strings(ckan("tag_list").getJsonArray("result"))).doesNotContain("Topikrahasia");
    JsonObject cat = ckan("package_show?id=2026-cat-001").getJsonObject("result");
    assertThat(cat.toString()).doesNotContain("/2025/").doesNotContain("2024/v3");
    for (String p : List.of("2019/v1", "2020/v1", "2021/v1", "2022/v1", "2023/v1")) {
      for (String f : List.of("csv", "xlsx", "json")) {
        assertThat(raw("download/2026-cat-leak/" + p + "." + f, Map.of()).statusCode())
            .as(p + f)
            .isEqualTo(404);
      }
    }
    assertThat(raw("download/2026-cat-001/2025/v1.csv", Map.of()).statusCode()).isEqualTo(404);
    assertThat(raw("download/2026-cat-001/2024/v3.csv", Map.of()).statusCode()).isEqualTo(404);
    assertThat(raw("dataset/2026-cat-leak", Map.of()).statusCode()).isEqualTo(404);
    for (String path :
        List.of(
            "",
            "?q=rahasiaxyz",
            "?year=2019",
            "dcat/catalog.ttl",
            "dcat/catalog.jsonld",
            "data.json",
            "dataset/2026-cat-001")) {
      assertThat(text(path))
          .as(path)
          .doesNotContain("Rahasiaxyz")
          .doesNotContain("cat-leak")
          .doesNotContain("2026-cat-001/2025/v");
    }
  }

  @Test
  @Order(105)
  void conditionalGetsAnswer304UntilSomethingIsPublished() {
    for (String path :
        List.of(
            "api/3/action/package_show?id=2026-cat-001",
            "api/3/action/package_search",
            "dcat/catalog.ttl",
            "data.json",
            "",
            "dataset/2026-cat-001")) {
      HttpResponse<byte[]> first = raw(path, Map.of());
      String etag = first.headers().firstValue("ETag").orElseThrow();
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
      assertThat(raw(path, Map.of("If-None-Match", etag)).statusCode()).as(path).isEqualTo(304);
      assertThat(raw(path, Map.of("If-Modified-Since", lastModified)).statusCode())
          .as(path)
          .isEqualTo(304);
      assertThat(raw(path, Map.of("If-None-Match", "\"other\"")).statusCode())
          .as(path)
          .isEqualTo(200);
    }
    String search =
        raw("api/3/action/package_search", Map.of()).headers().firstValue("ETag").orElseThrow();
    String dcat = raw("dcat/catalog.ttl", Map.of()).headers().firstValue("ETag").orElseThrow();
    publishValidated("api/v1/submissions/2026/CAT-001/2025/v1");
    assertThat(raw("api/3/action/package_search", Map.of("If-None-Match", search)).statusCode())
        .isEqualTo(200);
    assertThat(raw("dcat/catalog.ttl", Map.of("If-None-Match", dcat)).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(106)
  void dcatApAndDataJsonNameEveryPublishedDatasetAndDistribution() {
    List<String> names = strings(ckan("package_list").getJsonArray("result"));
    Set<String> resourceUrls = new HashSet<>();
    for (String n : names) {
      ckan("package_show?id=" + n)
          .getJsonObject("result")
          .getJsonArray("resources")
          .forEach(r -> resourceUrls.add(((JsonObject) r).getString("url")));
    }
    Graph ttl = DcatApShapes.parse(text("dcat/catalog.ttl"), Lang.TURTLE);
    Graph jsonld = DcatApShapes.parse(text("dcat/catalog.jsonld"), Lang.JSONLD);
    DcatApShapes.requireConforms(ttl);
    DcatApShapes.requireConforms(jsonld);
    assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(ttl, jsonld)).isTrue();
    Node dataset = NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset");
    Node distribution = NodeFactory.createURI("http://www.w3.org/ns/dcat#Distribution");
    Set<String> datasets =
        ttl.find(Node.ANY, RDF.type.asNode(), dataset)
            .mapWith(t -> t.getSubject().getURI())
            .toSet();
    Set<String> distributions =
        ttl.find(Node.ANY, RDF.type.asNode(), distribution)
            .mapWith(t -> t.getSubject().getURI())
            .toSet();
    assertThat(
            datasets.stream()
                .map(u -> u.replaceAll(".*/dataset/([^#]+)#dataset", "$1"))
                .collect(Collectors.toSet()))
        .isEqualTo(new HashSet<>(names));
    assertThat(distributions).isEqualTo(resourceUrls);

    HttpResponse<byte[]> asJson = raw("dcat/catalog", Map.of("Accept", "application/ld+json"));
    assertThat(asJson.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/ld+json");
    HttpResponse<byte[]> asTurtle = raw("dcat/catalog", Map.of("Accept", "text/turtle"));
    assertThat(asTurtle.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/turtle");
    assertThat(asTurtle.headers().firstValue("Vary").orElseThrow()).contains("Accept");
    // built once per snapshot and kept gzip-compressed: the same bytes again, gzip to who asks
    HttpResponse<byte[]> again = raw("dcat/catalog.ttl", Map.of());
    assertThat(again.body()).isEqualTo(raw("dcat/catalog.ttl", Map.of()).body());
    HttpResponse<byte[]> gzip = raw("dcat/catalog.ttl", Map.of("Accept-Encoding", "gzip"));
    assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
    try (java.util.zip.GZIPInputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(again.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    JsonObject dataJson = Json.createReader(new StringReader(text("data.json"))).readObject();
    Set<String> downloadUrls = new HashSet<>();
    Set<String> ids = new HashSet<>();
    dataJson
        .getJsonArray("dataset")
        .forEach(
            d -> {
              ids.add(((JsonObject) d).getString("identifier").replaceAll(".*/dataset/", ""));
              ((JsonObject) d)
                  .getJsonArray("distribution")
                  .forEach(x -> downloadUrls.add(((JsonObject) x).getString("downloadURL")));
            });
    assertThat(ids).isEqualTo(new HashSet<>(names));
    assertThat(downloadUrls).isEqualTo(resourceUrls);
  }

  @Test
  @Order(107)
  void thePagesShowTheCatalogueAndTheDataset() {
    String home = text("");
    assertThat(home)
        .contains("Katalog Data")
        .contains("id=\"q\"")
        .contains("id=\"facet-organization\"")
        .contains("dataset/2026-cat-001")
        .contains("id=\"latest\"");
    assertThat(text("?lang=en")).contains("Data Catalogue").contains("Most viewed");
    String found = text("?q=ketahanan%20pangan");
    assertThat(found).contains("1 dataset ditemukan").contains("dataset/2026-cat-001");
    assertThat(text("?organization=dinkes&year=2024"))
        .contains("dataset/2026-cat-001")
        .doesNotContain("dataset/2026-kes-001\"");

    String page = text("dataset/2026-cat-001?period=2024");
    assertThat(page)
        .contains("Indeks Ketahanan Pangan Daérah")
        .contains("skor_pangan")
        .contains("poin")
        .contains("id=\"chart\"")
        .contains("<svg")
        .contains("id=\"preview-table\"")
        .contains("download/2026-cat-001/2024/v2.xlsx")
        .contains("id=\"history\"");
    Matcher m =
        Pattern.compile(
                "<script type=\"application/ld\\+json\" id=\"schema-org\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(m.find()).isTrue();
    JsonObject schema = Json.createReader(new StringReader(m.group(1))).readObject();
    assertThat(schema.getString("@type")).isEqualTo("Dataset");
    assertThat(schema.getString("name")).isEqualTo("Indeks Ketahanan Pangan Daérah");
    assertThat(schema.getJsonArray("distribution")).isNotEmpty();
    // sorting, filtering, paging of the preview
    String sorted = preview(text("dataset/2026-cat-001?period=2024&sort=skor_pangan&dir=desc"));
    assertThat(sorted.indexOf(">77<")).isPositive().isLessThan(sorted.indexOf(">50<"));
    String ascending = preview(text("dataset/2026-cat-001?period=2024&sort=skor_pangan&dir=asc"));
    assertThat(ascending.indexOf(">50<")).isPositive().isLessThan(ascending.indexOf(">77<"));
    String filtered = preview(text("dataset/2026-cat-001?period=2024&filter=5271"));
    assertThat(filtered).contains(">5271<").doesNotContain(">5201<");
    assertThat(raw("dataset/no-such-dataset", Map.of()).statusCode()).isEqualTo(404);
    // views count toward "most viewed"
    assertThat(text("")).containsPattern("(?s)id=\"most-viewed\".*dataset/2026-cat-001");
  }

  /** The preview table of a dataset page. */
  static String preview(String page) {
    int start = page.indexOf("id=\"preview-table\"");
    assertThat(start).isPositive();
    return page.substring(start, page.indexOf("</table>", start));
  }

  @Test
  @Order(108)
  void aBrowserSearchesOpensADatasetAndDownloadsIt() throws Exception {
    CatalogBrowser.searchOpenDownload(base(), "ketahanan", "2026-cat-001");
  }
}
