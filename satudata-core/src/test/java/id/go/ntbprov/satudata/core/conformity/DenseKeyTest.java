package id.go.ntbprov.satudata.core.conformity;

import static id.go.ntbprov.satudata.core.conformity.NumberStyle.COMMA_DECIMAL;
import static id.go.ntbprov.satudata.core.conformity.NumberStyle.DOT_DECIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A one-column integer key keeps its small values in a {@link DenseKeyTable} and the rest as
 * hashes; the duplicates found, the earlier rows named and the findings' order are those of the
 * hash map alone.
 */
class DenseKeyTest {

  private static final int LIMIT = DenseKeyTable.LIMIT;
  private static final long DIRECTORY = (LIMIT >>> 10) * 8L;
  private static final long PAGE = 4096;

  // --- the table itself

  @Test
  void tableKeepsTheFirstRowOfEachKey() {
    DenseKeyTable t = new DenseKeyTable();
    assertThat(t.putIfAbsent(0, 2)).isZero();
    assertThat(t.putIfAbsent(LIMIT - 1, 3)).isZero();
    assertThat(t.putIfAbsent(1023, 4)).isZero();
    assertThat(t.putIfAbsent(1024, 5)).isZero();
    assertThat(t.putIfAbsent(0, 6)).isEqualTo(2);
    assertThat(t.putIfAbsent(LIMIT - 1, 7)).isEqualTo(3);
    assertThat(t.putIfAbsent(1023, 8)).isEqualTo(4);
    assertThat(t.putIfAbsent(1024, 9)).isEqualTo(5);
    assertThat(t.size()).isEqualTo(4);
  }

  @Test
  void tableDoesNotKeepKeysOutsideItsRange() {
    DenseKeyTable t = new DenseKeyTable();
    for (int key : new int[] {LIMIT, LIMIT + 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThat(t.putIfAbsent(key, 2)).as("key " + key).isEqualTo(DenseKeyTable.NOT_HERE);
    }
    assertThat(t.size()).isZero();
    assertThat(t.memoryBytes()).isEqualTo(DIRECTORY);
  }

  @Test
  void tableRefusesARowNumberThatWouldMeanAbsent() {
    DenseKeyTable t = new DenseKeyTable();
    assertThatThrownBy(() -> t.putIfAbsent(5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> t.putIfAbsent(5, -3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sparseKeysGoElsewhereAndADeclinedPageStaysDeclined() {
    DenseKeyTable t = new DenseKeyTable();
    int row = 2;
    // One key per page: the 16 free pages are granted, the others declined.
    for (int p = 0; p < 100; p++) {
      int got = t.putIfAbsent(p * 1024, row++);
      assertThat(got).as("page " + p).isEqualTo(p < 16 ? 0 : DenseKeyTable.NOT_HERE);
    }
    assertThat(t.memoryBytes()).isEqualTo(DIRECTORY + 16 * PAGE);
    // Filling the granted pages earns new pages, but a declined one is never taken back: its keys
    // were sent to the hash map already.
    for (int key = 0; key < 16 * 1024; key++) {
      t.putIfAbsent(key, row++);
    }
    assertThat(t.size()).isEqualTo(16 * 1024);
    assertThat(t.putIfAbsent(16 * 1024, row++)).isEqualTo(DenseKeyTable.NOT_HERE);
    assertThat(t.putIfAbsent(16 * 1024 + 1, row++)).isEqualTo(DenseKeyTable.NOT_HERE);
    assertThat(t.putIfAbsent(200 * 1024, row)).isZero();
    assertThat(t.putIfAbsent(200 * 1024, row + 1)).isEqualTo(row);
    assertThat(t.memoryBytes()).isEqualTo(DIRECTORY + 17 * PAGE);
  }

  @Test
  void memoryStaysWithinItsBound() {
    // Row numbers of a million-row upload: 977 pages, against 32 MiB for the hash map.
    DenseKeyTable serial = new DenseKeyTable();
    for (int key = 1; key <= 1_000_000; key++) {
      assertThat(serial.putIfAbsent(key, key + 1)).isZero();
    }
    assertThat(serial.memoryBytes()).isEqualTo(DIRECTORY + 977 * PAGE);
    assertThat(serial.memoryBytes()).isLessThan(4L << 20);

    // Random keys over the whole range: at most 32 bytes a key plus one page.
    Random random = new Random(42);
    for (int n : new int[] {1_000, 50_000, 300_000}) {
      DenseKeyTable t = new DenseKeyTable();
      for (int i = 0; i < n; i++) {
        t.putIfAbsent(random.nextInt(LIMIT), i + 2);
      }
      long pages = t.memoryBytes() - DIRECTORY;
      assertThat(pages).as(n + " keys").isLessThanOrEqualTo(Math.max(16 * PAGE, 32L * n + PAGE));
    }

    // The worst case: every key of the range, 16 MiB of pages.
    DenseKeyTable full = new DenseKeyTable();
    for (int key = 0; key < LIMIT; key++) {
      full.putIfAbsent(key, 2);
    }
    assertThat(full.size()).isEqualTo(LIMIT);
    assertThat(full.memoryBytes()).isEqualTo(DIRECTORY + (16L << 20));
  }

  // --- through a session

  @Test
  void equalNumbersWrittenDifferentlyAreDuplicatesOnTheDensePath() {
    Session s = new Session(integerKey(), COMMA_DECIMAL);
    s.accept("7", "1.000", "0", "007", "+7", "1000", "-0", "000");

    assertThat(s.duplicates())
        .containsExactly(
            tuple(5L, "007", "2"),
            tuple(6L, "+7", "2"),
            tuple(7L, "1000", "3"),
            tuple(8L, "-0", "4"),
            tuple(9L, "000", "4"));
    assertThat(s.session.denseKeyCount()).isEqualTo(3);
    assertThat(s.session.hashedKeyCount()).isZero();
  }

  @Test
  void groupedNumbersInTheDotStyleMeetTheirPlainForm() {
    Session s = new Session(integerKey(), DOT_DECIMAL);
    s.accept("1,000", "1000", "1.000", "1.000");

    // 1.000 is no integer in this style: keyed by its text, as before, so only it repeats itself.
    assertThat(s.duplicates()).containsExactly(tuple(3L, "1000", "2"), tuple(5L, "1.000", "4"));
    assertThat(s.session.denseKeyCount()).isEqualTo(1);
    assertThat(s.session.hashedKeyCount()).isEqualTo(1);
    assertThat(s.findings.rules()).contains(CheckRule.TYPE_INTEGER);
  }

  @Test
  void rangeEdgesGoToTheRightStructureAndRepeatsAreFound() {
    String max = Integer.toString(LIMIT - 1);
    String beyond = Integer.toString(LIMIT);
    String huge = "123456789012345678901234567890";
    String long18 = "999999999999999999";
    Session s = new Session(integerKey(), DOT_DECIMAL);
    s.accept("0", max, beyond, "-1", huge, long18, "-" + max);
    assertThat(s.session.denseKeyCount()).isEqualTo(2);
    assertThat(s.session.hashedKeyCount()).isEqualTo(5);
    assertThat(s.duplicates()).isEmpty();

    s.accept("-" + max, long18, huge, "-1", beyond, max, "0");
    assertThat(s.duplicates())
        .containsExactly(
            tuple(9L, "-" + max, "8"),
            tuple(10L, long18, "7"),
            tuple(11L, huge, "6"),
            tuple(12L, "-1", "5"),
            tuple(13L, beyond, "4"),
            tuple(14L, max, "3"),
            tuple(15L, "0", "2"));
    assertThat(s.session.denseKeyCount()).isEqualTo(2);
    assertThat(s.session.hashedKeyCount()).isEqualTo(5);
  }

  @Test
  void badCellsAndEmptyCellsKeepTheirFormerTreatment() {
    Variable no = Variable.of("no", "Nomor", VariableType.INTEGER, "").asKey();
    Variable name = Variable.of("nama", "Nama", VariableType.TEXT, "");
    Session s = new Session(TableStructure.of(no, name), DOT_DECIMAL);
    s.acceptRows(
        new String[] {"abc", "a"},
        new String[] {"5", "b"},
        new String[] {"", "c"},
        new String[] {"abc", "d"},
        new String[] {"5", "e"},
        new String[] {" ", "f"});

    assertThat(s.duplicates()).containsExactly(tuple(5L, "abc", "2"), tuple(6L, "5", "3"));
    assertThat(s.findings.of(CheckRule.REQUIRED_CELL))
        .extracting(Finding::row)
        .containsExactly(4L, 7L);
    assertThat(s.session.denseKeyCount()).isEqualTo(1);
    assertThat(s.session.hashedKeyCount()).isEqualTo(1);
  }

  @Test
  void aMixOfDenseAndHashedKeysFindsWhatAPlainComparisonFinds() {
    Random random = new Random(7);
    long[] pool = new long[400];
    for (int i = 0; i < pool.length; i++) {
      pool[i] =
          switch (i % 6) {
            case 0 -> random.nextInt(2000);
            // Anywhere in range: some pages granted, the sparse rest declined to the hash map.
            case 4 -> random.nextInt(LIMIT);
            case 1 -> LIMIT - 1 - random.nextInt(3);
            case 2 -> LIMIT + random.nextInt(1000);
            case 3 -> -random.nextInt(1000) - 1;
            default -> random.nextLong() >>> 1;
          };
    }
    Session s = new Session(integerKey(), COMMA_DECIMAL);
    Map<Long, Long> first = new HashMap<>();
    List<Tuple> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      long value = pool[random.nextInt(pool.length)];
      String cell =
          switch (random.nextInt(3)) {
            case 0 -> Long.toString(value);
            case 1 -> grouped(value);
            default -> value < 0 ? Long.toString(value) : "00" + value;
          };
      long row = i + 2;
      Long earlier = first.putIfAbsent(value, row);
      if (earlier != null) {
        expected.add(tuple(row, cell, Long.toString(earlier)));
      }
      s.accept(cell);
    }

    assertThat(s.findings.rules()).containsOnly(CheckRule.DUPLICATE_KEY);
    assertThat(s.duplicates()).containsExactlyElementsOf(expected);
    assertThat(s.session.denseKeyCount()).isGreaterThan(80);
    assertThat(s.session.hashedKeyCount()).isGreaterThan(200);
    assertThat(s.session.denseKeyCount() + s.session.hashedKeyCount()).isEqualTo(first.size());
  }

  @Test
  void multiColumnAndNonIntegerKeysUseOnlyTheHashMap() {
    Variable no = Variable.of("no", "Nomor", VariableType.INTEGER, "").asKey();
    Variable year = Variable.of("tahun", "Tahun", VariableType.YEAR, "").asKey();
    Session two = new Session(TableStructure.of(no, year), DOT_DECIMAL);
    two.acceptRows(
        new String[] {"1", "2020"}, new String[] {"1", "2021"}, new String[] {"01", "2020"});
    assertThat(two.duplicates()).containsExactly(tuple(4L, "01, 2020", "2"));
    assertThat(two.session.denseKeyCount()).isZero();
    assertThat(two.session.hashedKeyCount()).isEqualTo(2);

    Variable amount = Variable.of("jumlah", "Jumlah", VariableType.DECIMAL, "").asKey();
    Session decimal = new Session(TableStructure.of(amount), COMMA_DECIMAL);
    decimal.accept("1000", "1.000,00", "7,5");
    assertThat(decimal.duplicates()).containsExactly(tuple(3L, "1.000,00", "2"));
    assertThat(decimal.session.denseKeyCount()).isZero();
    assertThat(decimal.session.hashedKeyCount()).isEqualTo(2);
  }

  @Test
  void aMillionRowNumbersTakeAFractionOfTheHashMapsMemory() {
    Session dense = new Session(integerKey(), DOT_DECIMAL);
    Session hashed = new Session(integerKey(), DOT_DECIMAL);
    for (int i = 1; i <= 1_000_000; i++) {
      dense.session.accept(new String[] {Integer.toString(i)});
      hashed.session.accept(new String[] {Integer.toString(LIMIT + i)});
    }
    dense.session.accept(new String[] {"1000000"});
    hashed.session.accept(new String[] {Integer.toString(LIMIT + 1_000_000)});

    assertThat(dense.duplicates()).containsExactly(tuple(1_000_002L, "1000000", "1000001"));
    assertThat(hashed.duplicates())
        .containsExactly(tuple(1_000_002L, Integer.toString(LIMIT + 1_000_000), "1000001"));
    assertThat(dense.session.denseKeyCount()).isEqualTo(1_000_000);
    assertThat(hashed.session.hashedKeyCount()).isEqualTo(1_000_000);
    // The idle hash map (64 KiB) and the directory included: under 4 MiB, against 32 MiB.
    assertThat(dense.session.keyMemoryBytes()).isLessThan(4L << 20);
    assertThat(hashed.session.keyMemoryBytes()).isEqualTo((32L << 20) + DIRECTORY);
  }

  private static TableStructure integerKey() {
    return TableStructure.of(Variable.of("no", "Nomor", VariableType.INTEGER, "").asKey());
  }

  /** Thousands grouping in the comma-decimal style, e.g. -1.234.567. */
  private static String grouped(long v) {
    String digits = BigInteger.valueOf(v).abs().toString();
    StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      sb.append('.').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /** A session over a structure whose header is its variables' names. */
  private static final class Session {
    final Fixtures.Collector findings = new Fixtures.Collector();
    final CheckSession session;

    Session(TableStructure structure, NumberStyle style) {
      List<String> header = structure.variables().stream().map(Variable::name).toList();
      session =
          Fixtures.checker()
              .start(
                  new CheckInput(Fixtures.item(structure), Fixtures.Y2020, style),
                  header,
                  findings);
    }

    void accept(String... cells) {
      for (String cell : cells) {
        session.accept(new String[] {cell});
      }
    }

    void acceptRows(String[]... rows) {
      for (String[] row : rows) {
        session.accept(row);
      }
    }

    /** Duplicate findings as (row, value, earlier row). */
    List<Tuple> duplicates() {
      return findings.of(CheckRule.DUPLICATE_KEY).stream()
          .map(f -> tuple(f.row(), f.value(), f.args().get(0)))
          .toList();
    }
  }
}
