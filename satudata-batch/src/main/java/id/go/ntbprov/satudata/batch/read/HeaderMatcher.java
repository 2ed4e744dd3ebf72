package id.go.ntbprov.satudata.batch.read;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a row looks like the expected header: at least half of the expected names (and at
 * least one) appear among its cells, compared trimmed, case-insensitive and with runs of spaces
 * folded. Half, not all: a header with a missing or misspelt column must still be found, so that
 * the conformity check can name the column instead of the reader refusing the whole file.
 */
final class HeaderMatcher {

  private final Set<String> expected = new HashSet<>();
  private final int needed;

  HeaderMatcher(List<String> expectedHeader) {
    for (String name : expectedHeader) {
      expected.add(normalise(name));
    }
    expected.remove("");
    needed = Math.max(1, (expected.size() + 1) / 2);
  }

  boolean isEmpty() {
    return expected.isEmpty();
  }

  boolean matches(String[] row) {
    int found = 0;
    Set<String> seen = new HashSet<>();
    for (String cell : row) {
      String name = normalise(cell);
      if (expected.contains(name) && seen.add(name)) {
        found++;
      }
    }
    return found >= needed;
  }

  static String normalise(String cell) {
    return cell == null ? "" : cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
