package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.BootLog;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole SOP walked through the REST API with the demo accounts, and the HTTP refusals. A
 * subclass deploys the WAR on Payara Micro with one database (H2 or PostgreSQL) and gives its URL.
 * The tests run in order on one deployment; each uses its own item code so they do not depend on
 * each other's data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SopOverHttpChecks {

  static final String PASSWORD = SopFixtures.PASSWORD;
  static final String[] NTB = SopFixtures.NTB;

  /** The application's root URL, ending with "/". */
  abstract URI base();

  /**
   * True where the content store writes rows with PostgreSQL COPY (the server's log says so once);
   * the fault-injection restart below then proves COPY's rows roll back with their chunk.
   */
  boolean rowsByCopy() {
    return false;
  }

  Api as(String user) {
    return Api.signIn(base(), user, PASSWORD);
  }

  private SopFixtures fixtures() {
    return new SopFixtures(base());
  }

  static String item(int year, String code) {
    return SopFixtures.item(year, code);
  }

  static String table(String period, String firstCode) {
    return SopFixtures.table(period, firstCode);
  }

  /** Takes an item through planning to AGREED; returns its path. */
  String agreedItem(String code) {
    return fixtures().agreedItem(code);
  }

  /** Takes an item with this definition (JSON of {@code POST /api/v1/items}) to AGREED. */
  String agreedItem(String code, String itemJson) {
    return fixtures().agreedItem(code, itemJson);
  }

  /** Uploads a clean table, submits and accepts it; returns the submission path. */
  String conformant(String itemPath, String period) {
    return fixtures().conformant(itemPath, period);
  }

  String scan(Api who, String name) {
    return SopFixtures.scan(who, name);
  }

  @Test
  @Order(1)
  void theWholeSopThroughTheApi() {
    String itemPath = agreedItem("KES-001");
    Api producer = as("produsen.dinkes");
    Api walidata = as("walidata");
    assertThat(
            walidata
                .post(itemPath + "/availability", "{\"status\":\"AVAILABLE\"}")
                .json()
                .getJsonObject("availability")
                .getString("status"))
        .isEqualTo("AVAILABLE");

    // Upload with an unknown region code: a draft with findings, returned with notes.
    Api.Answer v1 = producer.post(itemPath + "/submissions", table("2025", "9999"));
    assertThat(v1.status()).as(v1.toString()).isEqualTo(201);
    assertThat(v1.json().getString("status")).isEqualTo("DRAFT");
    assertThat(v1.json().getJsonNumber("errors").longValue()).isPositive();
    String v1Path = "api/v1/submissions/" + v1.json().getString("id");
    JsonObject finding =
        producer.get(v1Path + "/findings").json().getJsonArray("findings").stream()
            .map(JsonObject.class::cast)
            .filter(f -> f.getString("rule").equals("CODE_NOT_IN_LIST"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.getInt("row")).isEqualTo(2);
    assertThat(finding.getString("column")).isEqualTo("kode_wilayah");
    assertThat(finding.getString("message")).contains("9999");
    assertThat(producer.post(v1Path + "/submit", "").status()).isEqualTo(200);
    assertThat(
            walidata
                .post(v1Path + "/return", "{\"notes\":\"Kode 9999 tidak dikenal\"}")
                .json()
                .getString("status"))
        .isEqualTo("RETURNED");

    // Revised, conformant, validated by the head of DINKES, published.
    String v2Path = conformant(itemPath, "2025");
    assertThat(v2Path).endsWith("/v2");
    Api head = as("kepala.dinkes");
    String scan = scan(head, "sv-01.pdf");
    String v2Id = v2Path.substring("api/v1/submissions/".length());
    Api.Answer letter =
        head.post(
            "api/v1/letters/validation",
            "{\"number\":\"SV-01/DINKES/2026\",\"date\":\"2026-02-06\",\"signatory\":\"Kepala DINKES\",\"agency\":\"DINKES\",\"covers\":[\""
                + v2Id
                + "\"],\"scanFileId\":\""
                + scan
                + "\"}");
    assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
    Api.Answer published = walidata.post(v2Path + "/publish", "");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
    assertThat(producer.get(v2Path + "/rows?limit=3").json().getJsonArray("rows")).hasSize(3);

    // Evaluation of the current year, its document and the delivery.
    Api.Answer report = walidata.post("api/v1/evaluations", "{\"period\":\"2026\"}");
    assertThat(report.status()).as(report.toString()).isEqualTo(201);
    JsonObject region = report.json().getJsonObject("region");
    assertThat(region.getInt("itemsAgreed")).isGreaterThanOrEqualTo(1);
    assertThat(region.getInt("published")).isGreaterThanOrEqualTo(1);
    assertThat(region.getInt("returned")).isGreaterThanOrEqualTo(1);
    String reportId = report.json().getString("id");
    String doc = scan(walidata, "laporan-2026.pdf");
    assertThat(
            walidata
                .post(
                    "api/v1/evaluations/" + reportId + "/document", "{\"fileId\":\"" + doc + "\"}")
                .status())
        .isEqualTo(200);
    Api.Answer delivered =
        walidata.post(
            "api/v1/evaluations/" + reportId + "/deliveries",
            "{\"recipient\":\"Gubernur NTB\",\"documentReference\":\"B-045/2026\"}");
    assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
    assertThat(delivered.json().getJsonArray("deliveries")).hasSize(1);

    // The audit trail tells who did what.
    Api.Answer audit =
        as("admin").get("api/v1/audit?objectType=submission&objectId=" + v2Id.replace("/", "%2F"));
    assertThat(audit.array().stream().map(e -> ((JsonObject) e).getString("step")))
        .containsExactly("UPLOAD", "SUBMIT_FOR_CHECK", "CHECK_CONFORMITY", "VALIDATE", "PUBLISH");
  }

  @Test
  @Order(2)
  void aWrongPasswordIs401AndNoCredentialsIs401() {
    Api.Answer wrong = Api.basic(base(), "walidata", "not-the-password").get("api/v1/me");
    assertThat(wrong.status()).isEqualTo(401);
    Api.Answer none = Api.anonymous(base()).get("api/v1/me");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.raw().headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(as("walidata").get("api/v1/me").json().getString("username")).isEqualTo("walidata");
  }

  @Test
  @Order(3)
  void aProducerCallingPublishIs403WithTheRule() {
    String path = conformant(agreedItem("KES-002"), "2024");
    Api.Answer a = as("produsen.dinkes").english().post(path + "/publish", "");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().getString("rule")).isEqualTo("STEP_NOT_PERMITTED_FOR_ROLE");
    assertThat(a.json().getString("detail")).contains("PUBLISH").contains("WALIDATA");
  }

  @Test
  @Order(4)
  void publishingWithoutAValidationLetterIsRefusedWithTheRulesMessage() {
    String path = conformant(agreedItem("KES-003"), "2024");
    Api.Answer a = as("walidata").post(path + "/publish", "");
    assertThat(a.status()).isEqualTo(409);
    assertThat(a.json().getString("rule")).isEqualTo("PUBLICATION_REQUIRES_VALIDATION_LETTER");
    assertThat(a.json().getString("detail")).contains("surat validasi Kepala OPD DINKES");
    assertThat(as("walidata").get(path).json().getString("status")).isEqualTo("CONFORMANT");
  }

  @Test
  @Order(5)
  void malformedJsonIs400WithAClearMessage() {
    Api.Answer a = as("produsen.dinkes").post("api/v1/items", "{\"year\": 2026, \"code\": ");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().getString("detail")).startsWith("Isi permintaan bukan JSON yang valid");
    Api.Answer missing =
        as("produsen.dinkes").post("api/v1/items", "{\"year\": 2026, \"code\": \"X-1\"}");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().getString("rule")).isEqualTo("INPUT_REQUIRED");
  }

  @Test
  @Order(6)
  void unknownIdsAre404() {
    Api walidata = as("walidata");
    assertThat(walidata.get("api/v1/items/2026/NOPE-1").status()).isEqualTo(404);
    assertThat(walidata.get("api/v1/submissions/2026/NOPE-1/2025/v1").status()).isEqualTo(404);
    assertThat(walidata.get("api/v1/letters/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
    assertThat(walidata.get("api/v1/evaluations/nope").json().getString("rule"))
        .isEqualTo("NOT_FOUND");
  }

  @Test
  @Order(7)
  void twoConflictingUpdatesOneGets409AndNothingIsLost() throws Exception {
    String itemPath = agreedItem("KES-004");
    Api producer = as("produsen.dinkes");
    Api.Answer up = producer.post(itemPath + "/submissions", table("2023", NTB[0]));
    String path = "api/v1/submissions/" + up.json().getString("id");
    producer.post(path + "/submit", "");
    Api walidata = as("walidata");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Api.Answer>> calls =
          List.of(
              () -> walidata.post(path + "/accept", "{}"),
              () -> walidata.post(path + "/return", "{\"notes\":\"Perbaiki\"}"));
      List<Integer> statuses = new ArrayList<>();
      for (Future<Api.Answer> f : pool.invokeAll(calls)) {
        statuses.add(f.get().status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
    JsonObject after = walidata.get(path).json();
    assertThat(after.getString("status")).isIn("CONFORMANT", "RETURNED");
    assertThat(after.getJsonArray("history")).hasSize(3); // upload, submit, exactly one decision
  }

  @Test
  @Order(8)
  void aStaleIfMatchIs409() {
    Api producer = as("produsen.dinkes");
    assertThat(producer.post("api/v1/items", item(2026, "KES-005")).status()).isEqualTo(201);
    String def = item(2026, "KES-005");
    String definition = def.substring(def.indexOf("\"definition\":") + 13, def.lastIndexOf('}'));
    Api.Answer first = producer.put("api/v1/items/2026/KES-005", definition, "\"1\"");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    Api.Answer stale = producer.put("api/v1/items/2026/KES-005", definition, "\"1\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("rule")).isEqualTo("CONCURRENT_UPDATE");
  }

  @Test
  @Order(9)
  void theOpenApiDocumentDescribesTheApi() {
    Api.Answer a = Api.anonymous(base()).get("openapi");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).contains("/api/v1/items").contains("/api/v1/submissions");
  }

  @Test
  @Order(10)
  void fiveWrongPasswordsLockTheAccount() {
    for (int i = 0; i < 5; i++) {
      assertThat(Api.basic(base(), "pimpinan", "wrong-password-" + i).get("api/v1/me").status())
          .isEqualTo(401);
    }
    Api.Answer locked = Api.basic(base(), "pimpinan", PASSWORD).get("api/v1/me");
    assertThat(locked.status()).as("the right password during the lockout").isEqualTo(401);
  }

  @Test
  @Order(11)
  void aRevokedTokenNoLongerWorks() {
    Api forum = as("forum");
    assertThat(forum.get("api/v1/me").status()).isEqualTo(200);
    assertThat(forum.delete("api/v1/auth/token").status()).isEqualTo(204);
    assertThat(forum.get("api/v1/me").status()).isEqualTo(401);
  }

  @Test
  @Order(12)
  void anotherAgencysProducerCannotReadAnUnpublishedSubmission() {
    String itemPath = agreedItem("KES-006");
    Api.Answer up = as("produsen.dinkes").post(itemPath + "/submissions", table("2022", NTB[0]));
    String path = "api/v1/submissions/" + up.json().getString("id");
    Api other = as("produsen.dpmpd");
    Api.Answer refused = other.get(path);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("rule")).isEqualTo("ACTOR_OUTSIDE_AGENCY");
    assertThat(other.get(path + "/rows").status()).isEqualTo(403);
    assertThat(other.get(path + "/findings").status()).isEqualTo(403);
    assertThat(other.get("api/v1/submissions?agency=DINKES").array()).isEmpty();
    assertThat(as("walidata").get(path).status()).isEqualTo(200);
  }

  @Test
  @Order(20)
  void aCsvImportBecomesADraftWithAllItsFindings() {
    ImportChecks.agree(base(), "IMP-1");
    Api producer = as("produsen.dinkes");
    JsonObject started =
        ImportChecks.start(
            producer,
            "IMP-1",
            "&numberStyle=COMMA_DECIMAL",
            "data.csv",
            ImportChecks.csv(250, ';', List.of(3, 120, 250)));
    JsonObject done = ImportChecks.await(producer, started.getString("submission"));
    assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("rowsStored").longValue()).isEqualTo(250);
    assertThat(done.getJsonNumber("errors").longValue()).isEqualTo(3);
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(done.getString("stage")).isEqualTo("DONE");
    assertThat(done.getJsonNumber("rowsRejected").longValue())
        .as("rows with an error")
        .isEqualTo(3);
    String path = "api/v1/submissions/" + done.getString("submission");
    JsonObject draft = producer.get(path).json();
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getJsonNumber("rows").longValue()).isEqualTo(250);
    assertThat(draft.getString("originalFileId")).isNotBlank();
    assertThat(
            producer.get(path + "/findings").json().getJsonArray("findings").stream()
                .map(
                    f ->
                        ((JsonObject) f).getInt("row")
                            + ":"
                            + ((JsonObject) f).getString("column")))
        .containsExactly("4:jumlah", "121:jumlah", "251:jumlah");
    Api.Answer report = producer.get(path + "/findings.csv");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.contentType()).startsWith("text/csv");
    List<String> lines = report.body().lines().toList();
    assertThat(lines).hasSize(4); // header and the three findings
    assertThat(lines.get(0)).contains("baris").contains("pesan").contains("message");
    assertThat(lines.get(1)).startsWith("4,").contains("banyak").contains("Row 4");
    Api.Answer workbook = producer.get(path + "/findings.xlsx");
    assertThat(workbook.status()).isEqualTo(200);
    assertThat(workbook.contentType()).contains("spreadsheetml");
    assertThat(producer.get(path + "/findings.pdf").status()).isEqualTo(422);
  }

  @Test
  @Order(21)
  void anXlsxImportFindsItsHeaderBelowATitle() throws Exception {
    ImportChecks.agree(base(), "IMP-2");
    Api producer = as("produsen.dinkes");
    JsonObject started =
        ImportChecks.start(producer, "IMP-2", "", "data.xlsx", ImportChecks.xlsx(300));
    JsonObject done = ImportChecks.await(producer, started.getString("submission"));
    assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("rowsStored").longValue()).isEqualTo(300);
    assertThat(done.getJsonNumber("errors").longValue()).isEqualTo(1);
    JsonObject finding =
        producer
            .get("api/v1/submissions/" + done.getString("submission") + "/findings")
            .json()
            .getJsonArray("findings")
            .getJsonObject(0);
    assertThat(finding.getInt("row")).as("the row Excel shows").isEqualTo(7);
    assertThat(finding.getString("column")).isEqualTo("jumlah");
    JsonObject rows =
        producer
            .get("api/v1/submissions/" + done.getString("submission") + "/rows?offset=1&limit=1")
            .json();
    assertThat(rows.getJsonArray("rows").getJsonArray(0).getString(2)).isEqualTo("3");
  }

  @Test
  @Order(22)
  void aFailedChunkThenARestartStoresEveryRowOnce() {
    ImportChecks.agree(base(), "IMP-3");
    Api producer = as("produsen.dinkes");
    // Bad values before the failed chunk (row 11), inside it (row 551) and after it (row 901), and
    // data row 1000 repeating the key of data row 3, stored before the failure: the check that runs
    // while rows are stored must find each exactly once across the restart.
    String file =
        new String(ImportChecks.csv(1000, ',', List.of(10, 550, 900)), StandardCharsets.UTF_8)
            .replaceFirst("\r\n1000,5201,\"[^\"]*\"\r\n$", "\r\n3,5201,\"1,0\"\r\n");
    JsonObject started =
        ImportChecks.start(
            producer,
            "IMP-3",
            "&numberStyle=COMMA_DECIMAL&failAtRow=550",
            "data.csv",
            file.getBytes(StandardCharsets.UTF_8));
    String id = started.getString("submission");
    JsonObject failed = ImportChecks.await(producer, id);
    assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
    assertThat(failed.getJsonNumber("rowsStored").longValue())
        .as("five chunks of 100 committed")
        .isEqualTo(500);
    // Rows of about equal length: 500 of 1,000 rows stored is about half the file.
    assertThat(failed.getInt("percent")).isBetween(45, 55);
    assertThat(failed.getString("stage")).isEqualTo("STORING");
    assertThat(failed.getJsonNumber("rowsRejected").longValue()).isZero();
    assertThat(producer.get("api/v1/submissions/" + id).status())
        .as("no version yet")
        .isEqualTo(404);

    Api.Answer restarted = producer.post("api/v1/imports/" + id + "/restart", "");
    assertThat(restarted.status()).as(restarted.toString()).isEqualTo(200);
    JsonObject done = ImportChecks.await(producer, id);
    assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getJsonNumber("rowsStored").longValue()).isEqualTo(1000);
    assertThat(done.getJsonNumber("errors").longValue())
        .as("three bad values and one repeated key, no finding twice")
        .isEqualTo(4);
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(done.getJsonNumber("rowsRejected").longValue()).isEqualTo(4);
    assertThat(
            producer
                .get("api/v1/submissions/" + id + "/findings")
                .json()
                .getJsonArray("findings")
                .stream()
                .map(
                    f -> ((JsonObject) f).getInt("row") + ":" + ((JsonObject) f).getString("rule")))
        .containsExactly(
            "11:TYPE_DECIMAL", "551:TYPE_DECIMAL", "901:TYPE_DECIMAL", "1001:DUPLICATE_KEY");
    String log = BootLog.text();
    if (rowsByCopy()) {
      assertThat(log)
          .contains("Submission rows are written with PostgreSQL COPY FROM STDIN")
          .doesNotContain("PostgreSQL COPY unavailable");
    } else {
      assertThat(log).doesNotContain("PostgreSQL COPY");
    }
    JsonObject rows = producer.get("api/v1/submissions/" + id + "/rows?offset=498&limit=4").json();
    assertThat(
            rows.getJsonArray("rows").stream().map(r -> ((jakarta.json.JsonArray) r).getString(0)))
        .containsExactly("499", "500", "501", "502");
  }

  @Test
  @Order(23)
  void badFilesFailWithAClearMessageAndLeaveNoVersion() throws Exception {
    ImportChecks.agree(base(), "IMP-4");
    Api producer = as("produsen.dinkes");
    JsonObject xls = ImportChecks.start(producer, "IMP-4", "", "lama.xls", ImportChecks.xls());
    JsonObject failed = ImportChecks.await(producer, xls.getString("submission"));
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getString("message")).containsIgnoringCase(".xls");
    assertThat(producer.get("api/v1/submissions/" + xls.getString("submission")).status())
        .isEqualTo(404);
    Api.Answer other =
        as("produsen.dpmpd")
            .send(
                "api/v1/items/2026/IMP-4/imports?period=2025&name=x.csv",
                "text/csv",
                ImportChecks.csv(3, ',', List.of()));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().getString("rule")).isEqualTo("ACTOR_OUTSIDE_AGENCY");
  }

  @Test
  @Order(24)
  void theEvaluationJobRendersTheReportWithTheFigures() throws Exception {
    Api walidata = as("walidata");
    Api.Answer started = walidata.post("api/v1/evaluations/jobs", "{\"period\":\"2026\"}");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    long execution = started.json().getJsonNumber("executionId").longValue();
    JsonObject job = walidata.get("api/v1/evaluations/jobs/" + execution).json();
    for (int i = 0; i < 300 && !job.getString("batchStatus").equals("COMPLETED"); i++) {
      assertThat(job.getString("batchStatus")).isNotEqualTo("FAILED");
      Thread.sleep(200);
      job = walidata.get("api/v1/evaluations/jobs/" + execution).json();
    }
    assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
    java.util.Map<String, String> made = new java.util.HashMap<>();
    for (String part : job.getString("exitStatus").split(" ")) {
      made.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
    }
    JsonObject report = walidata.get("api/v1/evaluations/" + made.get("report")).json();
    assertThat(report.getString("documentFileId")).isEqualTo(made.get("pdf"));
    // All three documents belong to the report and are listed with their links.
    assertThat(
            report.getJsonArray("documents").stream()
                .map(
                    d ->
                        ((JsonObject) d).getString("kind")
                            + "="
                            + ((JsonObject) d).getString("fileId")))
        .containsExactly(
            "REPORT=" + made.get("pdf"),
            "FIGURES=" + made.get("xlsx"),
            "EXPOSE=" + made.get("expose"));
    for (var d : report.getJsonArray("documents")) {
      JsonObject doc = (JsonObject) d;
      assertThat(doc.getString("href")).isEqualTo("/api/v1/files/" + doc.getString("fileId"));
      byte[] content = walidata.download(doc.getString("href").substring(1));
      assertThat((long) content.length).isEqualTo(doc.getJsonNumber("size").longValue());
      assertThat(new String(content, 0, 4, StandardCharsets.ISO_8859_1))
          .as(doc.getString("kind"))
          .isEqualTo(doc.getString("kind").equals("FIGURES") ? "PK\u0003\u0004" : "%PDF");
    }
    assertThat(walidata.get("api/v1/evaluations").body()).contains(made.get("expose"));
    JsonObject region = report.getJsonObject("region");
    String coverage =
        region
                .getJsonNumber("coverage")
                .bigDecimalValue()
                .movePointRight(2)
                .setScale(2)
                .toPlainString()
                .replace('.', ',')
            + "%";

    byte[] pdf = walidata.download("api/v1/files/" + made.get("pdf"));
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    assertThat(text).contains("Laporan Evaluasi").contains("Tahun 2026").contains(coverage);
    assertThat(text).contains(Integer.toString(region.getInt("itemsAgreed")));

    byte[] xlsx = walidata.download("api/v1/files/" + made.get("xlsx"));
    java.util.List<Double> numbers = new java.util.ArrayList<>();
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      for (var row : wb.getSheet("Ringkasan")) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            numbers.add(cell.getNumericCellValue());
          }
        }
      }
    }
    assertThat(numbers)
        .contains((double) region.getInt("itemsAgreed"), (double) region.getInt("published"))
        .contains(region.getJsonNumber("coverage").doubleValue());
  }

  @Test
  @Order(25)
  void theDataListImportsOnceAndRefusesABadWorkbookWhole() throws Exception {
    Api walidata = as("walidata");
    byte[] good = ImportChecks.dataList(List.of("DL-1", "DL-2"), "INTEGER");
    JsonObject first =
        ImportChecks.awaitJob(
            walidata, "api/v1/datalist/imports/", ImportChecks.startDataList(walidata, good));
    assertThat(first.getString("batchStatus")).as(first.toString()).isEqualTo("COMPLETED");
    assertThat(first.getString("exitStatus")).isEqualTo("proposed=2 present=0");
    assertThat(walidata.get("api/v1/items/2026/DL-2").json().getString("status"))
        .isEqualTo("PROPOSED");

    JsonObject again =
        ImportChecks.awaitJob(
            walidata, "api/v1/datalist/imports/", ImportChecks.startDataList(walidata, good));
    assertThat(again.getString("exitStatus"))
        .as("the same workbook twice adds nothing")
        .isEqualTo("proposed=0 present=2");

    byte[] bad = ImportChecks.dataList(List.of("DL-3", "DL-4"), "HEKTAR");
    JsonObject refused =
        ImportChecks.awaitJob(
            walidata, "api/v1/datalist/imports/", ImportChecks.startDataList(walidata, bad));
    assertThat(refused.getString("batchStatus")).isEqualTo("FAILED");
    // The problems travel as data (a stored file named by the exit status), told in the language
    // the client asks for.
    assertThat(refused.getString("exitStatus")).matches("problems=\\d+ file=\\S+");
    assertThat(refused.getString("summary")).contains("masalah; tidak ada butir yang diusulkan");
    assertThat(refused.getJsonArray("problems").getValuesAs(JsonObject.class))
        .anySatisfy(
            p -> {
              assertThat(p.getString("sheet")).isEqualTo("Variabel");
              assertThat(p.getString("column")).isEqualTo("tipe");
              assertThat(p.getString("key")).isEqualTo("datalist.unknownValue");
              assertThat(p.getString("message")).contains("HEKTAR").contains("tidak dikenal");
            });
    JsonObject english =
        walidata
            .english()
            .get("api/v1/datalist/imports/" + refused.getJsonNumber("executionId").longValue())
            .json();
    assertThat(english.getString("summary")).contains("problems; no item was proposed");
    assertThat(english.getJsonArray("problems").getValuesAs(JsonObject.class))
        .anySatisfy(p -> assertThat(p.getString("message")).contains("HEKTAR").contains("unknown"));
    assertThat(walidata.get("api/v1/items/2026/DL-3").status())
        .as("nothing proposed")
        .isEqualTo(404);
  }
}
