package id.go.ntbprov.satudata.batch.read;

/**
 * Keeps spreadsheet programs from running a cell as a formula when an export (CSV, XLSX) is opened
 * ("CSV injection"). Uploads keep such cells as text exactly as written; exports pass every cell
 * through {@link #neutralise}.
 */
public final class CellSafety {

  private CellSafety() {}

  /**
   * The cell, prefixed by an apostrophe when it starts with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return, which spreadsheets take as the start of a formula.
   * Numbers keep their sign ({@code -12}, {@code -1.234,5}, {@code +5}), and the lone {@code -}
   * that statistical tables use for "nil" stays as it is: neither can run anything.
   *
   * @return the cell, or the cell prefixed by {@code '}; null stays null
   */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty() || !isTrigger(cell.charAt(0))) {
      return cell;
    }
    if (cell.equals("-") || isSignedNumber(cell)) {
      return cell;
    }
    return "'" + cell;
  }

  /** True when {@link #neutralise} would change the cell. */
  public static boolean isDangerous(String cell) {
    return cell != null && !cell.equals(neutralise(cell));
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** A sign, then digits with single {@code .} or {@code ,} between them: -12, -1.234,5, -0.5. */
  private static boolean isSignedNumber(String cell) {
    if (cell.charAt(0) != '-' && cell.charAt(0) != '+') {
      return false;
    }
    boolean digitBefore = false;
    for (int i = 1; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        digitBefore = true;
      } else if ((c == '.' || c == ',') && digitBefore && i + 1 < cell.length()) {
        digitBefore = false;
      } else {
        return false;
      }
    }
    return digitBefore;
  }
}
