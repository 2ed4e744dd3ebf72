package id.go.ntbprov.satudata.batch.read;

import static id.go.ntbprov.satudata.batch.read.TestFiles.cells;
import static id.go.ntbprov.satudata.batch.read.TestFiles.csv;
import static id.go.ntbprov.satudata.batch.read.TestFiles.utf8;
import static id.go.ntbprov.satudata.batch.read.TestFiles.xlsxRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input of issue 4 gets a clear refusal (or is kept safely), nothing left open. */
class BadInputTest {

  private static final List<String> HEADER = List.of("kode_wilayah", "tahun", "jumlah_penduduk");

  @TempDir Path dir;

  private static ReadException refusal(Path file, ReadOptions options) {
    ReadException e =
        catchThrowableOfType(ReadException.class, () -> TableReaders.open(file, options).close());
    assertThat(e).as("refused").isNotNull();
    assertThat(e.message(BatchMessages.INDONESIAN)).doesNotStartWith("read.");
    assertThat(e.message(Locale.ENGLISH)).doesNotStartWith("read.");
    return e;
  }

  private static ReadException refusal(Path file) {
    return refusal(file, ReadOptions.defaults());
  }

  @Test
  void emptyFile() throws Exception {
    ReadException e = refusal(Files.write(dir.resolve("kosong.csv"), new byte[0]));
    assertThat(e.problem()).isEqualTo(ReadProblem.EMPTY_FILE);
    assertThat(e.message(BatchMessages.INDONESIAN))
        .isEqualTo("kosong.csv: Berkas kosong: tidak ada baris yang berisi data.");
    assertThat(refusal(csv(dir, "\n \r\n\n")).problem()).isEqualTo(ReadProblem.EMPTY_FILE);
    Path emptySheet = TestFiles.xlsx(dir, "kosong.xlsx", wb -> wb.createSheet("Data"));
    assertThat(refusal(emptySheet).problem()).isEqualTo(ReadProblem.EMPTY_FILE);
  }

  @Test
  void headerOnly() throws Exception {
    ReadException e = refusal(csv(dir, "kode_wilayah,tahun,jumlah_penduduk\n\n"));
    assertThat(e.problem()).isEqualTo(ReadProblem.HEADER_ONLY);
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.message(BatchMessages.INDONESIAN))
        .isEqualTo("data.csv, baris 1: Hanya ada baris judul, tidak ada data.");
    Path xlsx = xlsxRows(dir, new Object[] {"kode_wilayah", "tahun"});
    assertThat(refusal(xlsx).problem()).isEqualTo(ReadProblem.HEADER_ONLY);
  }

  @Test
  void wrongColumnsAreRefusedAndMissingOnesLeftToTheCheck() throws Exception {
    ReadOptions options = ReadOptions.defaults().withExpectedHeader(HEADER);
    ReadException wrong = refusal(csv(dir, "kode,thn,jml\n5201,2020,1\n"), options);
    assertThat(wrong.problem()).isEqualTo(ReadProblem.HEADER_NOT_FOUND);
    assertThat(wrong.message(BatchMessages.INDONESIAN))
        .contains("kode_wilayah, tahun, jumlah_penduduk");
    // A missing column: the header is still found, and the conformity check names the column.
    try (TableSource missing =
        TableReaders.open(csv(dir, "kode_wilayah,jumlah_penduduk\n5201,1\n"), options)) {
      assertThat(missing.header()).containsExactly("kode_wilayah", "jumlah_penduduk");
    }
  }

  @Test
  void wrongDelimiterDeclared() throws Exception {
    Path file = csv(dir, "kode_wilayah;tahun;jumlah_penduduk\n5201;2020;721481\n");
    ReadException e = refusal(file, ReadOptions.defaults().withDelimiter(Delimiter.COMMA));
    assertThat(e.problem()).isEqualTo(ReadProblem.DELIMITER_MISMATCH);
    assertThat(e.message(BatchMessages.INDONESIAN))
        .isEqualTo(
            "data.csv: Pemisah kolom yang dipilih, koma (,), tidak cocok: berkas ini tampaknya"
                + " memakai titik koma (;).");
  }

  @Test
  void unknownOrAmbiguousDelimiter() throws Exception {
    ReadException one = refusal(csv(dir, "kode wilayah tahun\n5201 2020\n5202 2020\n"));
    assertThat(one.problem()).isEqualTo(ReadProblem.DELIMITER_UNKNOWN);
    assertThat(one.message(BatchMessages.INDONESIAN))
        .contains("Pemisah kolom tidak dapat dikenali");
    ReadException both = refusal(csv(dir, "a,b;c,d\n1,2;3,4\n5,6;7,8\n"));
    assertThat(both.problem()).isEqualTo(ReadProblem.DELIMITER_AMBIGUOUS);
  }

  @Test
  void windows1252DeclaredAsUtf8IsRefusedWithTheLine() throws Exception {
    Path file =
        TestFiles.text(
            dir,
            "ansi.csv",
            "kode;nama\n5201;Lombok\n5206;Bima – 2020\n",
            TextSniffer.WINDOWS_1252);
    ReadException e = refusal(file, ReadOptions.defaults().withCharset(StandardCharsets.UTF_8));
    assertThat(e.problem()).isEqualTo(ReadProblem.NOT_UTF8);
    assertThat(e.row()).isEqualTo(3);
  }

  @Test
  void formulaLikeCellsAreKeptAsTextAndNeutralisedOnExport() throws Exception {
    String text =
        "kode,catatan,nilai\n5201,=1+2,-12\n5202,+62 812,@SUM(A1)\n5203,-cmd|' /C calc'!A0,\"\tx\"\n";
    try (TableSource source = TableReaders.open(csv(dir, text), ReadOptions.defaults())) {
      List<List<String>> rows = cells(source);
      assertThat(rows.get(0)).containsExactly("5201", "=1+2", "-12");
      assertThat(rows.get(1)).containsExactly("5202", "+62 812", "@SUM(A1)");
      assertThat(rows.get(2)).containsExactly("5203", "-cmd|' /C calc'!A0", "\tx");
      assertThat(rows.stream().flatMap(List::stream).map(CellSafety::neutralise))
          .containsExactly(
              "5201",
              "'=1+2",
              "-12",
              "5202",
              "'+62 812",
              "'@SUM(A1)",
              "5203",
              "'-cmd|' /C calc'!A0",
              "'\tx");
    }
    Path xlsx =
        xlsxRows(dir, new Object[] {"kode", "catatan"}, new Object[] {"5201", "=cmd|'/C calc'!A0"});
    try (TableSource source = TableReaders.open(xlsx, ReadOptions.defaults())) {
      assertThat(cells(source)).containsExactly(List.of("5201", "=cmd|'/C calc'!A0"));
    }
  }

  @Test
  void fiftyMegabytesOfRandomBytesAreRefusedQuickly() throws Exception {
    Path file = dir.resolve("acak.csv");
    Random random = new Random(4);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }
    long start = System.nanoTime();
    ReadException e = refusal(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(e.problem()).isEqualTo(ReadProblem.NOT_A_TABLE);
    assertThat(e.message(BatchMessages.INDONESIAN))
        .isEqualTo("acak.csv: Berkas bukan CSV maupun XLSX yang valid.");
    assertThat(millis).isLessThan(1000);
  }

  @Test
  void xlsxZipBombIsRefused() throws Exception {
    Path plain = xlsxRows(dir, new Object[] {"kode", "nilai"}, new Object[] {"5201", 1});
    // 100 MB of blanks inside the sheet XML compress to ~100 KB: a ratio far below POI's 1%.
    Path bomb =
        TestFiles.replaceEntry(
            plain,
            dir.resolve("bom.xlsx"),
            "xl/worksheets/sheet1.xml",
            out -> {
              try {
                out.write(
                    ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData>")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] blanks = new byte[1 << 20];
                java.util.Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < 100; i++) {
                  out.write(blanks);
                }
                out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertThat(Files.size(bomb)).isLessThan(1_000_000);
    ReadException e = refusal(bomb);
    assertThat(e.problem()).isEqualTo(ReadProblem.XLSX_ZIP_BOMB);
  }

  @Test
  void xlsxExternalEntityInSheetIsRefusedWithoutReadingTheFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("rahasia.txt"), "GEHEIM-RAHASIA-4711");
    Path plain = xlsxRows(dir, new Object[] {"kode", "nilai"}, new Object[] {"5201", 1});
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kode</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>nilai</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
            + "<c r=\"B2\"><v>1</v></c></row></sheetData></worksheet>";
    Path xxe =
        TestFiles.replaceEntry(
            plain, dir.resolve("xxe.xlsx"), "xl/worksheets/sheet1.xml", utf8(sheet));
    ReadException e = refusal(xxe);
    assertThat(e.problem()).isEqualTo(ReadProblem.XLSX_UNSAFE_XML);
    assertThat(e.message(Locale.ENGLISH)).doesNotContain("GEHEIM");
  }

  @Test
  void xlsxExternalEntityInSharedStringsIsRefused() throws Exception {
    Path secret = Files.writeString(dir.resolve("rahasia.txt"), "GEHEIM-RAHASIA-4711");
    Path plain = xlsxRows(dir, new Object[] {"kode", "nilai"}, new Object[] {"5201", 1});
    String strings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\""
            + " uniqueCount=\"3\"><si><t>kode</t></si><si><t>nilai</t></si><si><t>&xxe;</t></si></sst>";
    Path xxe =
        TestFiles.replaceEntry(
            plain, dir.resolve("xxe-sst.xlsx"), "xl/sharedStrings.xml", utf8(strings));
    ReadException e = refusal(xxe);
    assertThat(e.problem()).isEqualTo(ReadProblem.XLSX_UNSAFE_XML);
    assertThat(e.message(Locale.ENGLISH)).doesNotContain("GEHEIM");
  }

  @Test
  void sharedStringsAboveTheMemoryLimitAreRefused() throws Exception {
    Path file =
        TestFiles.xlsx(
            dir,
            "teks.xlsx",
            wb -> {
              var sheet = wb.createSheet("Data");
              TestFiles.fillRows(sheet, 0, new Object[] {"kode", "catatan"});
              for (int r = 1; r <= 2000; r++) {
                TestFiles.fillRows(sheet, r, new Object[] {"k" + r, "catatan panjang nomor " + r});
              }
            });
    XlsxTables.sharedStringsLimitForTests = 10_000;
    try {
      ReadException e = refusal(file);
      assertThat(e.problem()).isEqualTo(ReadProblem.XLSX_STRINGS_TOO_LARGE);
    } finally {
      XlsxTables.sharedStringsLimitForTests = 0;
    }
    try (TableSource fine = TableReaders.open(file, ReadOptions.defaults())) {
      assertThat(cells(fine)).hasSize(2000);
    }
  }

  @Test
  void passwordProtectedXlsx() throws Exception {
    Path file = dir.resolve("sandi.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        XSSFWorkbook wb = new XSSFWorkbook()) {
      TestFiles.fillRows(wb.createSheet("Data"), 0, new Object[] {"kode"}, new Object[] {"5201"});
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("rahasia");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    ReadException e = refusal(file);
    assertThat(e.problem()).isEqualTo(ReadProblem.PASSWORD_PROTECTED);
    assertThat(e.message(BatchMessages.INDONESIAN))
        .isEqualTo(
            "sandi.xlsx: Berkas Excel ini dilindungi kata sandi; buka kuncinya lalu unggah lagi.");
  }

  @Test
  void oldBinaryXls() throws Exception {
    Path file = dir.resolve("lama.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Data").createRow(0).createCell(0).setCellValue("kode");
      wb.write(out);
    }
    ReadException e = refusal(file);
    assertThat(e.problem()).isEqualTo(ReadProblem.OLD_XLS);
    assertThat(e.message(BatchMessages.INDONESIAN))
        .contains("Berkas ini format Excel lama (.xls); simpan sebagai .xlsx atau CSV");
  }

  @Test
  void fileFarAboveTheSizeLimitIsRefusedUnread() throws Exception {
    Path file = dir.resolve("besar.csv");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(812L * 1024 * 1024); // sparse: no disk used
    }
    ReadException e = refusal(file);
    assertThat(e.problem()).isEqualTo(ReadProblem.FILE_TOO_LARGE);
    assertThat(e.message(BatchMessages.INDONESIAN))
        .isEqualTo("besar.csv: Ukuran berkas 812 MB melebihi batas 100 MB.");
    assertThat(e.message(Locale.ENGLISH))
        .isEqualTo("besar.csv: The file size 812 MB exceeds the limit of 100 MB.");
    Path small = csv(dir, "kode,nilai\n5201,1\n");
    assertThat(refusal(small, ReadOptions.defaults().withMaxFileSize(10)).problem())
        .isEqualTo(ReadProblem.FILE_TOO_LARGE);
  }

  @Test
  void htmlSavedAsXlsIsRefused() throws Exception {
    Path file =
        TestFiles.text(
            dir,
            "laporan.xls",
            "<html><body><table><tr><td>kode</td></tr></table>",
            StandardCharsets.UTF_8);
    assertThat(refusal(file).problem()).isEqualTo(ReadProblem.MARKUP);
  }

  @Test
  void unclosedQuoteIsRefusedAtItsLine() throws Exception {
    ReadException e = refusal(csv(dir, "kode,nama\n5201,Lombok\n5202,\"Lombok Tengah\n"));
    assertThat(e.problem()).isEqualTo(ReadProblem.CSV_MALFORMED);
    assertThat(e.row()).isEqualTo(3);
  }

  @Test
  void unclosedQuoteWithoutAFinalLineBreakIsRefusedToo() throws Exception {
    ReadException e = refusal(csv(dir, "kode,nama\n5201,Lombok\n5202,\"Lombok Tengah"));
    assertThat(e.problem()).isEqualTo(ReadProblem.CSV_MALFORMED);
    assertThat(e.row()).isEqualTo(3);
  }

  @Test
  void aClosedQuoteOnTheLastFieldIsNoRefusal() throws Exception {
    for (String end : new String[] {"", "\n", "\r\n"}) {
      Path file =
          csv(dir, "kode,nama\n5201,\"Lombok\nBarat\"\n5202,\"Lombok \"\"Tengah\"\"\"" + end);
      try (TableSource source = TableReaders.open(file, ReadOptions.defaults())) {
        List<TestFiles.NumberedRow> rows = TestFiles.readAll(source);
        assertThat(rows).extracting(TestFiles.NumberedRow::number).containsExactly(2L, 4L);
        assertThat(rows.get(0).cells()).containsExactly("5201", "Lombok\nBarat");
        assertThat(rows.get(1).cells()).containsExactly("5202", "Lombok \"Tengah\"");
      }
    }
  }

  @Test
  void unclosedQuoteInAHugeFileStopsAtTheRecordGuard() throws Exception {
    String text = "kode,nama\n5201,Lombok\n5202,\"Lombok" + "x".repeat(3_000_000);
    ReadException e = refusal(csv(dir, text));
    assertThat(e.problem()).isEqualTo(ReadProblem.CSV_RECORD_TOO_LONG);
    assertThat(e.row()).isEqualTo(3);
  }

  @Test
  void tooManyRowsFurtherDownIsRefusedByNext() throws Exception {
    StringBuilder text = new StringBuilder("kode,nilai\n");
    for (int i = 1; i <= 300; i++) {
      text.append(i).append(",1\n");
    }
    try (TableSource source =
        TableReaders.open(csv(dir, text.toString()), ReadOptions.defaults().withMaxRows(250))) {
      ReadException e = catchThrowableOfType(ReadException.class, () -> cells(source));
      assertThat(e.problem()).isEqualTo(ReadProblem.TOO_MANY_ROWS);
      assertThat(e.row()).isEqualTo(252);
    }
  }

  @Test
  void tooManyRows() throws Exception {
    Path file = csv(dir, "kode,nilai\n1,1\n2,2\n3,3\n");
    ReadException e = refusal(file, ReadOptions.defaults().withMaxRows(2));
    assertThat(e.problem()).isEqualTo(ReadProblem.TOO_MANY_ROWS);
    assertThat(e.row()).isEqualTo(4);
  }

  @Test
  void missingSheet() throws Exception {
    Path file = xlsxRows(dir, new Object[] {"kode"}, new Object[] {"5201"});
    ReadException e = refusal(file, ReadOptions.defaults().withSheetName("Tahun 2021"));
    assertThat(e.problem()).isEqualTo(ReadProblem.SHEET_NOT_FOUND);
    assertThat(e.message(BatchMessages.INDONESIAN)).contains("\"Tahun 2021\"").contains("Data");
  }

  @Test
  void zipThatIsNoWorkbookAndDeclaredFormatMismatch() throws Exception {
    Path zip = dir.resolve("arsip.xlsx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("data.csv"));
      out.write("kode\n1\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(refusal(zip).problem()).isEqualTo(ReadProblem.XLSX_INVALID);
    Path text = csv(dir, "kode,nilai\n5201,1\n");
    assertThat(refusal(text, ReadOptions.defaults().withFormat(Format.XLSX)).problem())
        .isEqualTo(ReadProblem.FORMAT_MISMATCH);
  }
}
