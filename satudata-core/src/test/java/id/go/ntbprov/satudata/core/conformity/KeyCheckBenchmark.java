package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cost of the duplicate-key check for a one-column integer key (not a test; surefire does not pick
 * it up): 1,000,000 sequential keys pushed row by row through a {@link CheckSession}, in two
 * variants that cost the same to parse:
 *
 * <ul>
 *   <li>{@code small}: 1, 2, 3 ... 1,000,000, below {@link DenseKeyTable#LIMIT}: the dense table;
 *   <li>{@code large}: 10,000,001 ... 11,000,000, beyond it: the hash map.
 * </ul>
 *
 * <p>The rows are made before timing (one fresh {@code String} per cell), so the figures are the
 * check's alone. Run it with:
 *
 * <pre>
 * mvn -B -pl satudata-core test-compile exec:java \
 *   -Dexec.mainClass=id.go.ntbprov.satudata.core.conformity.KeyCheckBenchmark \
 *   -Dexec.classpathScope=test
 * </pre>
 *
 * <p>Optional arguments: rows (default 1000000), measured rounds (default 7).
 */
public final class KeyCheckBenchmark {

  private static final List<String> HEADER = List.of("no");

  private KeyCheckBenchmark() {}

  /** Runs both variants, interleaved, and prints the median and best ns per row. */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    ConformityChecker checker = Fixtures.checker();
    Variable no = Variable.of("no", "Nomor", VariableType.INTEGER, "").asKey();
    CheckInput input =
        new CheckInput(
            Fixtures.item(TableStructure.of(no)), Period.year(2025), NumberStyle.COMMA_DECIMAL);
    String[][] small = rows(1, count);
    String[][] large = rows(10_000_001, count);
    long[] findings = new long[1];
    FindingSink sink = f -> findings[0]++;

    System.out.printf(Locale.ROOT, "Key check: %,d rows, one integer key column%n", count);
    for (int w = 0; w < 3; w++) {
      run(checker, input, small, sink);
      run(checker, input, large, sink);
    }
    double[] smallNs = new double[rounds];
    double[] largeNs = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      smallNs[r] = run(checker, input, small, sink) / (double) count;
      largeNs[r] = run(checker, input, large, sink) / (double) count;
      System.out.printf(
          Locale.ROOT,
          "  round %d: small keys %.1f ns/row, large keys %.1f ns/row%n",
          r + 1,
          smallNs[r],
          largeNs[r]);
    }
    print("small keys (1 .. n)", smallNs);
    print("large keys (10,000,001 ..)", largeNs);
    System.out.printf(Locale.ROOT, "Findings (expected 0): %d%n", findings[0]);
  }

  private static String[][] rows(int first, int count) {
    String[][] rows = new String[count][];
    for (int i = 0; i < count; i++) {
      rows[i] = new String[] {Integer.toString(first + i)};
    }
    return rows;
  }

  private static long run(
      ConformityChecker checker, CheckInput input, String[][] rows, FindingSink sink) {
    long t0 = System.nanoTime();
    CheckSession session = checker.start(input, HEADER, sink);
    for (String[] row : rows) {
      session.accept(row);
    }
    session.finish();
    return System.nanoTime() - t0;
  }

  private static void print(String name, double[] ns) {
    double[] sorted = ns.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-28s median %.1f ns/row, best %.1f ns/row%n",
        name,
        sorted[sorted.length / 2],
        sorted[0]);
  }
}
