package id.go.ntbprov.satudata.batch.read;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Detects how a CSV writes decimals from its first data rows. Only cells that fit one style count
 * ({@code 1.234,5}, {@code 12,5}, {@code 1.234.567} for comma-decimal; {@code 1,234.5}, {@code
 * 12.5}, {@code 1,234,567} for dot-decimal); {@code 1.234} fits both and is ignored. The style with
 * more such cells wins; none, or a tie, gives dot-decimal, the style of plain integers and of most
 * exports. A wrong guess does not lose data: the conformity check then reports the cells that do
 * not parse, and the uploader declares the style.
 */
final class NumberStyleDetector {

  /** Data rows scanned; they are buffered, so kept small. */
  static final int ROWS = 200;

  private static final Pattern COMMA =
      Pattern.compile(
          "[-+]?(\\d{1,3}(\\.\\d{3})+,\\d+|\\d{1,3}(\\.\\d{3}){2,}|\\d+,(\\d{1,2}|\\d{4,}))");
  private static final Pattern DOT =
      Pattern.compile(
          "[-+]?(\\d{1,3}(,\\d{3})+\\.\\d+|\\d{1,3}(,\\d{3}){2,}|\\d+\\.(\\d{1,2}|\\d{4,}))");

  private NumberStyleDetector() {}

  static NumberStyleEvidence scan(List<String[]> rows) {
    int comma = 0;
    int dot = 0;
    for (String[] row : rows) {
      for (String cell : row) {
        if (cell == null || cell.isEmpty()) {
          continue;
        }
        String c = cell.strip();
        if (c.isEmpty() || c.length() > 40) {
          continue;
        }
        char first = c.charAt(0);
        if (first != '-' && first != '+' && (first < '0' || first > '9')) {
          continue;
        }
        if (COMMA.matcher(c).matches()) {
          comma++;
        } else if (DOT.matcher(c).matches()) {
          dot++;
        }
      }
    }
    return new NumberStyleEvidence(comma, dot, rows.size());
  }

  static NumberStyle decide(NumberStyleEvidence evidence) {
    return evidence.commaDecimalCells() > evidence.dotDecimalCells()
        ? NumberStyle.COMMA_DECIMAL
        : NumberStyle.DOT_DECIMAL;
  }
}
