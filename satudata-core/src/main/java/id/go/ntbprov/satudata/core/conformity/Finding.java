package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.rule.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One result of the conformity check, located as an Excel user would look for it.
 *
 * @param severity the rule's severity
 * @param rule the rule that found it
 * @param row spreadsheet row number: 1 is the header, 2 the first data row; 0 for findings about
 *     the whole table or the item's metadata
 * @param columnIndex 1-based column position in the upload (A = 1); 0 when not about a column of
 *     the upload
 * @param column the variable or heading name, or empty
 * @param value the cell value concerned (trimmed), or empty; cut to {@value #MAX_VALUE_LENGTH}
 *     characters so one runaway cell cannot bloat stored findings
 * @param args further message arguments, as listed on each {@link CheckRule}
 */
public record Finding(
    Severity severity,
    CheckRule rule,
    long row,
    int columnIndex,
    String column,
    String value,
    List<String> args) {

  /** Longest value kept in a finding. */
  public static final int MAX_VALUE_LENGTH = 200;

  /** Refuses a severity other than the rule's and negative positions; nulls become empty. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    if (severity != rule.severity()) {
      // A finding may not downgrade its rule: acceptance rests on counting errors.
      throw new IllegalArgumentException(rule + " is " + rule.severity() + ", not " + severity);
    }
    if (row < 0 || columnIndex < 0) {
      throw new IllegalArgumentException("row and columnIndex must be >= 0");
    }
    column = column == null ? "" : column;
    value = value == null ? "" : value;
    if (value.length() > MAX_VALUE_LENGTH) {
      value = value.substring(0, MAX_VALUE_LENGTH - 1) + "\u2026";
    }
    List<String> copy = new ArrayList<>(args == null ? List.of() : args);
    copy.replaceAll(a -> a == null ? "" : a);
    args = List.copyOf(copy);
  }

  /** A finding with the rule's severity. */
  public static Finding of(
      CheckRule rule, long row, int columnIndex, String column, String value, String... args) {
    return new Finding(rule.severity(), rule, row, columnIndex, column, value, List.of(args));
  }

  /** The column's letter as Excel shows it ({@code A}, ..., {@code Z}, {@code AA}), or empty. */
  public String columnLetter() {
    return columnLetter(columnIndex);
  }

  /**
   * The finding in plain language, Indonesian unless English is asked for: row, column, value and
   * what is expected.
   */
  public String message(Locale locale) {
    Object[] all = new Object[4 + args.size()];
    // Strings, not numbers: MessageFormat would print row 1234 as "1.234" in Indonesian.
    all[0] = Long.toString(row);
    all[1] = column;
    all[2] = value;
    all[3] = columnLetter();
    for (int i = 0; i < args.size(); i++) {
      all[4 + i] = args.get(i);
    }
    return Messages.format(locale, rule.messageKey(), all);
  }

  /** The Excel letter of a 1-based column index; empty for 0. */
  static String columnLetter(int index) {
    StringBuilder sb = new StringBuilder();
    for (int n = index; n > 0; n = (n - 1) / 26) {
      sb.append((char) ('A' + (n - 1) % 26));
    }
    return sb.reverse().toString();
  }
}
