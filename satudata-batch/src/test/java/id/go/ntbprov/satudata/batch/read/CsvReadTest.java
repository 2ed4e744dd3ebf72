package id.go.ntbprov.satudata.batch.read;

import static id.go.ntbprov.satudata.batch.read.TestFiles.cells;
import static id.go.ntbprov.satudata.batch.read.TestFiles.csv;
import static id.go.ntbprov.satudata.batch.read.TestFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.batch.read.TestFiles.NumberedRow;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadTest {

  @TempDir Path dir;

  private TableSource open(Path file) {
    return TableReaders.open(file, ReadOptions.defaults());
  }

  @Test
  void readsTheReferenceSampleExactly() throws Exception {
    // BPS Population Census 2020 for NTB (the project's reference sample, kept as a test resource).
    Path sample = Path.of(getClass().getResource("/reference/penduduk-sp2020-ntb.csv").toURI());
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    try (TableSource source = open(sample)) {
      assertThat(source.format()).isEqualTo(Format.CSV);
      assertThat(source.delimiter()).contains(Delimiter.COMMA);
      assertThat(source.charset()).contains(StandardCharsets.UTF_8);
      assertThat(source.header()).containsExactly(lines.get(0).split(","));
      assertThat(source.headerRowNumber()).isEqualTo(1);
      List<NumberedRow> rows = readAll(source);
      assertThat(rows).hasSize(lines.size() - 1);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).cells()).containsExactly(lines.get(i + 1).split(","));
        assertThat(rows.get(i).number()).isEqualTo(i + 2);
      }
      assertThat(source.numberStyle()).isEqualTo(NumberStyle.DOT_DECIMAL);
    }
  }

  @Test
  void detectsCommaSemicolonAndTab() throws Exception {
    String[] delimiters = {",", ";", "\t"};
    Delimiter[] expected = {Delimiter.COMMA, Delimiter.SEMICOLON, Delimiter.TAB};
    for (int i = 0; i < delimiters.length; i++) {
      String d = delimiters[i];
      Path file =
          csv(
              dir,
              String.join(d, "kode", "nama", "nilai")
                  + "\n"
                  + String.join(d, "5201", "Lombok Barat", "12")
                  + "\n");
      try (TableSource source = open(file)) {
        assertThat(source.delimiter()).contains(expected[i]);
        assertThat(source.header()).containsExactly("kode", "nama", "nilai");
        assertThat(cells(source)).containsExactly(List.of("5201", "Lombok Barat", "12"));
      }
    }
  }

  @Test
  void declaredDelimiterOverridesDetection() throws Exception {
    Path file = csv(dir, "a,b;c\n1,2;3\n4,5;6\n");
    try (TableSource detected = open(file)) {
      assertThat(detected.delimiter()).contains(Delimiter.COMMA);
    }
    try (TableSource declared =
        TableReaders.open(file, ReadOptions.defaults().withDelimiter(Delimiter.SEMICOLON))) {
      assertThat(declared.header()).containsExactly("a,b", "c");
      assertThat(cells(declared)).containsExactly(List.of("1,2", "3"), List.of("4,5", "6"));
    }
  }

  @Test
  void semicolonFileWithDecimalCommasIsSemicolonAndIndonesian() throws Exception {
    Path file = csv(dir, "kode;nilai;jumlah\n5201;1.234,5;12\n5202;12,5;1.234.567\n5203;0,75;3\n");
    try (TableSource source = open(file)) {
      assertThat(source.delimiter()).contains(Delimiter.SEMICOLON);
      assertThat(source.numberStyle()).isEqualTo(NumberStyle.COMMA_DECIMAL);
      assertThat(source.numberStyleEvidence())
          .hasValueSatisfying(
              e -> {
                assertThat(e.commaDecimalCells()).isEqualTo(4);
                assertThat(e.dotDecimalCells()).isZero();
              });
      assertThat(cells(source).get(0)).containsExactly("5201", "1.234,5", "12");
    }
  }

  @Test
  void dotDecimalsAreDetectedAndAmbiguousNumbersDefaultToDot() throws Exception {
    try (TableSource dot = open(csv(dir, "kode,nilai\n5201,\"1,234.5\"\n5202,12.5\n"))) {
      assertThat(dot.numberStyle()).isEqualTo(NumberStyle.DOT_DECIMAL);
      assertThat(dot.numberStyleEvidence().orElseThrow().dotDecimalCells()).isEqualTo(2);
    }
    try (TableSource ambiguous = open(csv(dir, "kode;nilai\n5201;1.234\n5202;2.500\n"))) {
      assertThat(ambiguous.numberStyle()).isEqualTo(NumberStyle.DOT_DECIMAL);
    }
  }

  @Test
  void declaredNumberStyleWins() throws Exception {
    Path file = csv(dir, "kode;nilai\n5201;1.234\n5202;2.500\n");
    try (TableSource source =
        TableReaders.open(
            file, ReadOptions.defaults().withNumberStyle(NumberStyle.COMMA_DECIMAL))) {
      assertThat(source.numberStyle()).isEqualTo(NumberStyle.COMMA_DECIMAL);
      assertThat(source.numberStyleEvidence()).isEmpty();
    }
  }

  @Test
  void utf8ByteOrderMarkIsStripped() throws Exception {
    byte[] body = "kode_wilayah,nama\n5201,Lombok Barat\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path file = Files.write(dir.resolve("bom.csv"), withBom);
    try (TableSource source = open(file)) {
      assertThat(source.charset()).contains(StandardCharsets.UTF_8);
      assertThat(source.header().get(0)).isEqualTo("kode_wilayah");
      assertThat(cells(source)).containsExactly(List.of("5201", "Lombok Barat"));
    }
  }

  @Test
  void windows1252TextIsDecoded() throws Exception {
    String text = "kode;keterangan\n5206;Kabupaten Bima – 2020\n5271;Kota Mataram, café\n";
    Path file = TestFiles.text(dir, "ansi.csv", text, TextSniffer.WINDOWS_1252);
    assertThat(Files.readAllBytes(file)).contains((byte) 0x96, (byte) 0xE9);
    try (TableSource source = open(file)) {
      assertThat(source.charset()).contains(TextSniffer.WINDOWS_1252);
      assertThat(cells(source))
          .containsExactly(
              List.of("5206", "Kabupaten Bima – 2020"), List.of("5271", "Kota Mataram, café"));
    }
  }

  @Test
  void quotedNewlinesAndDoubledQuotesKeepRowNumbersOfTheFile() throws Exception {
    String text =
        "kode,nama,jumlah\r\n"
            + "5201,\"Lombok\r\nBarat\",721481\r\n"
            + "5202,\"Lombok \"\"Tengah\"\"\",1034859\r\n"
            + "5203,\"Lombok\n\nTimur\",1325240\r\n"
            + "5204,Sumbawa,509753\r\n";
    try (TableSource source = open(csv(dir, text))) {
      List<NumberedRow> rows = readAll(source);
      assertThat(rows).extracting(NumberedRow::number).containsExactly(2L, 4L, 5L, 8L);
      assertThat(rows.get(0).cells()).containsExactly("5201", "Lombok\r\nBarat", "721481");
      assertThat(rows.get(1).cells()).containsExactly("5202", "Lombok \"Tengah\"", "1034859");
      assertThat(rows.get(2).cells().get(1)).isEqualTo("Lombok\n\nTimur");
    }
  }

  @Test
  void headerIsFoundBelowTitleRows() throws Exception {
    String text =
        "Jumlah Penduduk NTB Hasil SP2020;;\n;;\nSumber: BPS;;\nkode_wilayah;tahun;jumlah_penduduk\n5201;2020;721481\n";
    ReadOptions options =
        ReadOptions.defaults()
            .withExpectedHeader(List.of("kode_wilayah", "tahun", "jumlah_penduduk"));
    try (TableSource source = TableReaders.open(csv(dir, text), options)) {
      assertThat(source.headerRowNumber()).isEqualTo(4);
      assertThat(source.header()).containsExactly("kode_wilayah", "tahun", "jumlah_penduduk");
      List<NumberedRow> rows = readAll(source);
      assertThat(rows).containsExactly(new NumberedRow(5, List.of("5201", "2020", "721481")));
    }
    // Without the expected header, the first row with two filled cells is the header.
    try (TableSource source = open(csv(dir, text))) {
      assertThat(source.headerRowNumber()).isEqualTo(4);
    }
  }

  @Test
  void blankLinesInsideDataComeBackEmptyAndTrailingOnesAreDropped() throws Exception {
    try (TableSource source = open(csv(dir, "kode,nilai\n5201,1\n\n5202,2\n\n\n"))) {
      List<NumberedRow> rows = readAll(source);
      assertThat(rows)
          .containsExactly(
              new NumberedRow(2, List.of("5201", "1")),
              new NumberedRow(3, List.of()),
              new NumberedRow(4, List.of("5202", "2")));
    }
  }

  @Test
  void skipResumesAtTheRightRowWithTheSameNumbers() throws Exception {
    StringBuilder text = new StringBuilder("kode,nilai\n");
    for (int i = 1; i <= 10; i++) {
      text.append(5200 + i).append(',').append(i).append('\n');
    }
    Path file = csv(dir, text.toString());
    try (TableSource source = TableReaders.open(file, ReadOptions.defaults().withSkip(4))) {
      List<NumberedRow> rows = readAll(source);
      assertThat(rows).hasSize(6);
      assertThat(rows.get(0)).isEqualTo(new NumberedRow(6, List.of("5205", "5")));
      assertThat(rows.get(5).number()).isEqualTo(11);
    }
    try (TableSource all = TableReaders.open(file, ReadOptions.defaults().withSkip(10))) {
      assertThat(all.hasNext()).isFalse();
    }
  }

  @Test
  void shortRowsStayShortForTheConformityCheck() throws Exception {
    try (TableSource source = open(csv(dir, "a,b,c\n1,2,3\n4,5\n"))) {
      assertThat(cells(source)).containsExactly(List.of("1", "2", "3"), List.of("4", "5"));
    }
  }

  @Test
  void toUploadedTableCarriesHeaderRowsAndStyle() throws Exception {
    try (TableSource source = open(csv(dir, "kode;nilai\n5201;12,5\n"))) {
      var table = source.toUploadedTable(java.util.Optional.empty());
      assertThat(table.header()).containsExactly("kode", "nilai");
      assertThat(table.numberStyle()).isEqualTo(NumberStyle.COMMA_DECIMAL);
      assertThat(Arrays.asList(table.rows().next())).containsExactly("5201", "12,5");
      assertThat(table.rows().hasNext()).isFalse();
    }
  }
}
