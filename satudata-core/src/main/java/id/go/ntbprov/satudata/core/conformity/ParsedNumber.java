package id.go.ntbprov.satudata.core.conformity;

import java.math.BigDecimal;

/**
 * A number read from a cell without allocating: {@code unscaled × 10^-scale} while it has at most
 * 18 significant digits (fits a {@code long}); beyond that {@link #big} is set and the exact value
 * is built as a {@link BigDecimal} only when a range needs it. One instance per session, reused for
 * every cell.
 */
final class ParsedNumber {

  /** Significant digits that always fit a {@code long}. */
  private static final int MAX_DIGITS = 18;

  long unscaled;
  int scale;
  boolean big;

  private String text;
  private int from;
  private int to;
  private NumberStyle style;

  /**
   * Reads {@code s[from, to)} (already trimmed) in {@code style}: optional sign, digits with
   * optional well-formed grouping, and when {@code fraction} is allowed, a decimal separator
   * followed by at least one digit. Hand-written because a regex or {@code parseLong} with an
   * exception per bad cell would cost more than the whole row's check.
   *
   * @return false when the text is no such number
   */
  boolean parse(String s, int from, int to, NumberStyle style, boolean fraction) {
    this.text = s;
    this.from = from;
    this.to = to;
    this.style = style;
    char group = style.groupingSeparator();
    char decimal = style.decimalSeparator();
    long u = 0;
    int digits = 0;
    int sc = 0;
    boolean overflow = false;
    int i = from;
    boolean negative = false;
    char c = s.charAt(i);
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    // Integer part, with groups: 1 to 3 digits, then groups of exactly 3.
    int intDigits = 0;
    int inGroup = 0;
    boolean grouped = false;
    for (; i < to; i++) {
      c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        intDigits++;
        inGroup++;
        if (u != 0 || c != '0') {
          if (digits < MAX_DIGITS) {
            u = u * 10 + (c - '0');
            digits++;
          } else {
            overflow = true;
          }
        }
      } else if (c == group) {
        if (grouped ? inGroup != 3 : inGroup == 0 || inGroup > 3) {
          return false;
        }
        grouped = true;
        inGroup = 0;
      } else {
        break;
      }
    }
    if (intDigits == 0 || (grouped && inGroup != 3)) {
      return false;
    }
    if (i < to && fraction && s.charAt(i) == decimal) {
      i++;
      int fracStart = i;
      for (; i < to; i++) {
        c = s.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
        if (digits < MAX_DIGITS) {
          u = u * 10 + (c - '0');
          sc++;
          if (u != 0) {
            digits++;
          }
        } else {
          overflow = true;
        }
      }
      if (i == fracStart) {
        return false;
      }
    }
    if (i != to) {
      return false;
    }
    // Integer digits past 18 make the value larger than a long can say; so do fraction digits
    // past 18 significant ones (they would be silently dropped).
    this.big = overflow;
    this.unscaled = negative ? -u : u;
    this.scale = sc;
    return true;
  }

  /** The exact value; allocates, so it is used only for {@link #big} numbers. */
  BigDecimal toBigDecimal() {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == style.decimalSeparator()) {
        sb.append('.');
      } else if (c != style.groupingSeparator()) {
        sb.append(c);
      }
    }
    return new BigDecimal(sb.toString());
  }

  /**
   * Compares {@code u1 × 10^-s1} with {@code u2 × 10^-s2} exactly, without BigDecimal. Both
   * unscaled values must lie strictly between {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE};
   * scales must be non-negative.
   */
  static int compare(long u1, int s1, long u2, int s2) {
    if (s1 == s2) {
      return Long.compare(u1, u2);
    }
    return s1 < s2 ? compareScaledUp(u1, s2 - s1, u2) : -compareScaledUp(u2, s1 - s2, u1);
  }

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Compares {@code a × 10^d} (d > 0) with {@code b}. */
  private static int compareScaledUp(long a, int d, long b) {
    if (a == 0) {
      return Long.compare(0, b);
    }
    if (d < POW10.length) {
      long p = POW10[d];
      long limit = Long.MAX_VALUE / p;
      if (a <= limit && a >= -limit) {
        return Long.compare(a * p, b);
      }
    }
    // |a × 10^d| exceeds Long.MAX_VALUE, hence |b|: the sign decides.
    return a > 0 ? 1 : -1;
  }
}
