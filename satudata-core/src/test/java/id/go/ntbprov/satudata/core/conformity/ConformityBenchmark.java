package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Throughput of the conformity check on a generated 1,000,000-row, 10-column table (not a test;
 * surefire does not pick it up). Run it with:
 *
 * <pre>
 * mvn -B -pl satudata-core test-compile exec:java \
 *   -Dexec.mainClass=id.go.ntbprov.satudata.core.conformity.ConformityBenchmark \
 *   -Dexec.classpathScope=test
 * </pre>
 *
 * <p>Optional arguments: rows (default 1000000), measured rounds (default 5). The table is made on
 * the fly with a fresh {@code String} per cell, as a CSV or Excel reader would hand them over (no
 * cached hash codes), and Indonesian number style ({@code 1.234.567}, {@code 12,5}); one row in a
 * thousand has a non-numeric cell, so a million rows yield 1,000 findings. Measured time includes
 * that generation; the generator's own time is printed too, so the check's share can be read off.
 * The goal is 1,000,000 rows/s on one core.
 */
public final class ConformityBenchmark {

  private static final char[][] CODES = {
    "5201".toCharArray(), "52.02".toCharArray(), "5203".toCharArray(), "52.04".toCharArray(),
    "5205".toCharArray(), "52.06".toCharArray(), "5207".toCharArray(), "52.08".toCharArray(),
    "5271".toCharArray(), "52.72".toCharArray()
  };
  private static final char[][] NAMES = {
    "Lombok Barat".toCharArray(), "Lombok Tengah".toCharArray(), "Lombok Timur".toCharArray(),
    "Sumbawa".toCharArray(), "Dompu".toCharArray(), "Bima".toCharArray(),
    "Sumbawa Barat".toCharArray(), "Lombok Utara".toCharArray(), "Kota Mataram".toCharArray(),
    "Kota Bima".toCharArray()
  };
  private static final char[] YEAR = "2025".toCharArray();

  static final List<String> HEADER =
      List.of(
          "no",
          "kode_wilayah",
          "tahun",
          "jumlah_penduduk",
          "laki_laki",
          "perempuan",
          "kepadatan",
          "persen_miskin",
          "nama_wilayah",
          "keterangan");

  private ConformityBenchmark() {}

  /**
   * The benchmark's structure: a two-column key (the integer {@code no} and the optional region
   * code, {@link Variable#keyCode} being a key), region and period columns. A one-column integer
   * key is measured by {@link KeyCheckBenchmark}.
   */
  static TableStructure structure() {
    return new TableStructure(
        List.of(
            Variable.of("no", "Nomor", VariableType.INTEGER, "").asKey(),
            Variable.keyCode("kode_wilayah", "Kode wilayah", "wilayah").optional(),
            Variable.of("tahun", "Tahun", VariableType.YEAR, ""),
            Variable.of("jumlah_penduduk", "Jumlah penduduk", VariableType.INTEGER, "jiwa")
                .withRange(BigDecimal.ZERO, null),
            Variable.of("laki_laki", "Laki-laki", VariableType.INTEGER, "jiwa"),
            Variable.of("perempuan", "Perempuan", VariableType.INTEGER, "jiwa"),
            Variable.of("kepadatan", "Kepadatan", VariableType.DECIMAL, "jiwa/km2")
                .withRange(BigDecimal.ZERO, new BigDecimal("100000")),
            Variable.of("persen_miskin", "Persen miskin", VariableType.DECIMAL, "%")
                .withRange(BigDecimal.ZERO, new BigDecimal("100")),
            Variable.of("nama_wilayah", "Nama wilayah", VariableType.TEXT, ""),
            Variable.of("keterangan", "Keterangan", VariableType.TEXT, "").optional()),
        java.util.Optional.of("kode_wilayah"),
        java.util.Optional.of("tahun"));
  }

  /** Rows of the generated table, made one at a time. */
  static Iterator<String[]> rows(int count) {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < count;
      }

      @Override
      public String[] next() {
        if (i >= count) {
          throw new NoSuchElementException();
        }
        int n = i++;
        int region = n % 10;
        int total = 100_000 + n % 1_400_000;
        int male = total / 2;
        int density = n % 99_999;
        int poor = n % 1_000;
        return new String[] {
          Integer.toString(n + 1),
          String.valueOf(CODES[region]),
          String.valueOf(YEAR),
          grouped(total),
          // One row in a thousand carries a typo, so the findings path is measured too.
          n % 1000 == 999 ? "n/a" : Integer.toString(male),
          grouped(total - male),
          density / 10 + "," + density % 10,
          poor / 10 + "," + poor % 10,
          String.valueOf(NAMES[region]),
          n % 7 == 0 ? "angka sementara" : ""
        };
      }
    };
  }

  /** Indonesian thousands grouping, e.g. {@code 1.234.567}. */
  private static String grouped(int v) {
    if (v < 1000) {
      return Integer.toString(v);
    }
    StringBuilder sb = new StringBuilder(12);
    String digits = Integer.toString(v);
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      sb.append('.').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /** Runs warm-up and measured rounds and prints rows/s. */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ConformityChecker checker = Fixtures.checker();
    CheckInput input =
        new CheckInput(Fixtures.item(structure()), Period.year(2025), NumberStyle.COMMA_DECIMAL);
    long[] findings = new long[1];
    FindingSink sink = f -> findings[0]++;

    System.out.printf(
        Locale.ROOT, "Conformity check: %,d rows x %d columns%n", count, HEADER.size());
    for (int w = 0; w < 3; w++) {
      long t0 = System.nanoTime();
      checker.check(input, HEADER, rows(count), sink);
      generate(count);
      System.out.printf(
          Locale.ROOT, "  warm-up %d: %.0f ms%n", w + 1, (System.nanoTime() - t0) / 1e6);
    }

    double[] rates = new double[rounds];
    ConformityReport report = null;
    for (int r = 0; r < rounds; r++) {
      findings[0] = 0;
      long t0 = System.nanoTime();
      report = checker.check(input, HEADER, rows(count), sink);
      long nanos = System.nanoTime() - t0;
      rates[r] = count / (nanos / 1e9);
      System.out.printf(
          Locale.ROOT,
          "  round %d: %,.0f rows/s (%.0f ms), %d findings%n",
          r + 1,
          rates[r],
          nanos / 1e6,
          findings[0]);
    }
    long g0 = System.nanoTime();
    long chars = generate(count);
    double genMs = (System.nanoTime() - g0) / 1e6;

    Arrays.sort(rates);
    System.out.printf(
        Locale.ROOT,
        "Median %,.0f rows/s, best %,.0f rows/s (generation included);"
            + " generating alone took %.0f ms (%d chars).%n",
        rates[rounds / 2],
        rates[rounds - 1],
        genMs,
        chars);
    System.out.printf(
        Locale.ROOT,
        "Report: %,d rows checked, %d errors, %d warnings, findings received %d.%n",
        report.rowsChecked(),
        report.errors(),
        report.warnings(),
        findings[0]);
  }

  /** Makes the rows without checking them, to show the generator's share of the time. */
  private static long generate(int count) {
    long chars = 0;
    for (Iterator<String[]> it = rows(count); it.hasNext(); ) {
      chars += it.next()[9].length();
    }
    return chars;
  }
}
