package id.go.ntbprov.satudata.core.conformity;

/**
 * How numbers are written in an upload. The producer declares it with the upload (Excel in an
 * Indonesian locale writes {@code 1.234,5}; CSV exports and English Excel write {@code 1234.5}).
 *
 * <p>Each style has a decimal separator and a grouping (thousands) separator, the other of {@code
 * '.'} and {@code ','}. Grouping separators are accepted in the integer part only, and only when
 * well-formed: one to three digits, then groups of exactly three ({@code 1.234.567} under {@link
 * #COMMA_DECIMAL}, {@code 1,234,567} under {@link #DOT_DECIMAL}). A malformed group such as {@code
 * 1,5} under {@code DOT_DECIMAL} is refused rather than guessed, because it most likely is a
 * decimal written in the other style. Exponents ({@code 1.2E+5}) are refused: Excel writes them
 * when it has already rounded the number.
 */
public enum NumberStyle {
  /** {@code 1234.5}, optionally grouped {@code 1,234.5}. */
  DOT_DECIMAL('.', ',', "1234567", "1234.5"),
  /** Indonesian {@code 1.234,5}, optionally without grouping {@code 1234,5}. */
  COMMA_DECIMAL(',', '.', "1.234.567", "1.234,5");

  private final char decimalSeparator;
  private final char groupingSeparator;
  private final String integerExample;
  private final String decimalExample;

  NumberStyle(char decimal, char grouping, String integerExample, String decimalExample) {
    this.decimalSeparator = decimal;
    this.groupingSeparator = grouping;
    this.integerExample = integerExample;
    this.decimalExample = decimalExample;
  }

  /** The character between the integer and the fraction. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** The character between groups of three digits. */
  public char groupingSeparator() {
    return groupingSeparator;
  }

  /** A whole number written in this style, shown in findings. */
  public String integerExample() {
    return integerExample;
  }

  /** A decimal number written in this style, shown in findings. */
  public String decimalExample() {
    return decimalExample;
  }
}
