package id.go.ntbprov.satudata.batch.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TableSource#fractionRead()}: how far into its input a reader is, for progress. */
class ReadProgressTest {

  @TempDir Path dir;

  @Test
  void aCsvIsReadFromTheStartToItsLastByte() throws IOException {
    StringBuilder b = new StringBuilder("no,kode_wilayah,jumlah\n");
    for (int i = 1; i <= 100_000; i++) {
      b.append(i).append(",5201,").append(i % 97).append('\n');
    }
    Path file = TestFiles.csv(dir, b.toString());
    try (TableSource source = TableReaders.open(file, ReadOptions.defaults())) {
      double atOpen = source.fractionRead();
      assertThat(atOpen).as("look-ahead only").isBetween(0.0, 0.01);
      double half = -1;
      double last = atOpen;
      int n = 0;
      while (source.hasNext()) {
        source.next();
        double f = source.fractionRead();
        assertThat(f).as("never goes back").isGreaterThanOrEqualTo(last);
        last = f;
        if (++n == 50_000) {
          half = f;
        }
      }
      // Half the rows are about half the characters (+ the look-ahead of a few hundred rows).
      assertThat(half).isBetween(0.49, 0.51);
      assertThat(source.fractionRead()).isEqualTo(1.0);
    }
  }

  @Test
  void anXlsxCountsTheSheetsXml() throws IOException {
    Object[][] rows = new Object[20_001][];
    rows[0] = new Object[] {"no", "kode_wilayah", "jumlah"};
    for (int i = 1; i <= 20_000; i++) {
      rows[i] = new Object[] {i, "5201", i * 1.5};
    }
    Path file = TestFiles.xlsxRows(dir, rows);
    try (TableSource source = TableReaders.open(file, ReadOptions.defaults())) {
      assertThat(source.fractionRead()).isBetween(0.0, 0.2);
      double half = -1;
      int n = 0;
      while (source.hasNext()) {
        source.next();
        if (++n == 10_000) {
          half = source.fractionRead();
        }
      }
      assertThat(half).isBetween(0.35, 0.65);
      assertThat(source.fractionRead()).isEqualTo(1.0);
    }
  }

  @Test
  void utf8IsCheckedPastLongAsciiRunsAndTheBadLineIsNamed() throws IOException {
    String ascii = "no,nama\n" + "1,Mataram\n".repeat(10_000); // lines 2..10001
    byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
    for (int cut = 0; cut < 9; cut++) { // the bad byte at every position of an 8-byte word
      byte[] bad = "2,Lomb\u00e9k\n".getBytes(StandardCharsets.ISO_8859_1); // lone 0xE9
      byte[] all = new byte[head.length + cut + bad.length];
      System.arraycopy(head, 0, all, 0, head.length);
      for (int i = 0; i < cut; i++) {
        all[head.length + i] = 'x';
      }
      System.arraycopy(bad, 0, all, head.length + cut, bad.length);
      Path file = Files.write(dir.resolve("bad" + cut + ".csv"), all);
      assertThat(TextSniffer.firstInvalidUtf8Line(file)).as("cut " + cut).isEqualTo(10_002);
    }
    String good = ascii + "3,Sumbaw\u00e1 \uD83D\uDE00 \u4E2D\n";
    Path file = Files.write(dir.resolve("good.csv"), good.getBytes(StandardCharsets.UTF_8));
    assertThat(TextSniffer.firstInvalidUtf8Line(file)).isZero();
    byte[] truncated = (ascii + "4,\u4E2D").getBytes(StandardCharsets.UTF_8);
    file =
        Files.write(
            dir.resolve("cut.csv"), java.util.Arrays.copyOf(truncated, truncated.length - 1));
    assertThat(TextSniffer.firstInvalidUtf8Line(file)).isEqualTo(10_002);
  }
}
