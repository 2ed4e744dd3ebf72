package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.period.Period;

/**
 * Hand-written scanners for the per-cell hot path: trimming by index (no substring), years, dates
 * and periods. They never throw and never allocate; a regex or a parse-and-catch per cell would
 * cost more than the whole row's check.
 */
final class CellScanner {

  private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private CellScanner() {}

  /**
   * True for the characters trimmed from a cell: those {@link String#strip()} removes, so that a
   * value accepted here reads the same when later steps strip it (e.g. {@link Period#parse}).
   */
  static boolean isSpace(char c) {
    return c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && Character.isWhitespace(c);
  }

  /** Index of the first non-space character of {@code s}, or its length. */
  static int start(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** One past the last non-space character of {@code s}, not before {@code from}. */
  static int end(String s, int from) {
    int j = s.length();
    while (j > from && isSpace(s.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  /** The year written as four digits from 1900 to 2999, or -1. */
  static int year(String s, int from, int to) {
    if (to - from != 4) {
      return -1;
    }
    int y = digits(s, from, 4);
    return y >= 1900 && y <= 2999 ? y : -1;
  }

  /** True for a real calendar date written {@code yyyy-MM-dd}. */
  static boolean isDate(String s, int from, int to) {
    if (to - from != 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
      return false;
    }
    int y = digits(s, from, 4);
    int m = digits(s, from + 5, 2);
    int d = digits(s, from + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1) {
      return false;
    }
    boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= (m == 2 && leap ? 29 : DAYS[m - 1]);
  }

  /**
   * The period written as {@link Period#parse} reads it ({@code 2025}, {@code 2025-Q1}, {@code
   * 2025-TW1}, {@code 2025-T1}, {@code 2025-03}; letters in any case), encoded by {@link
   * #encode(int, int, int)}; -1 when it is none of them.
   */
  static int period(String s, int from, int to) {
    int len = to - from;
    if (len < 4) {
      return -1;
    }
    int y = digits(s, from, 4);
    if (y < 1900 || y > 2999) {
      return -1;
    }
    if (len == 4) {
      return encode(y, 0, 1);
    }
    if (len < 6 || s.charAt(from + 4) != '-') {
      return -1;
    }
    int i = from + 5;
    char c = s.charAt(i);
    if (c == 'Q' || c == 'q' || c == 'T' || c == 't') {
      i++;
      if ((c == 'T' || c == 't') && i < to && (s.charAt(i) == 'W' || s.charAt(i) == 'w')) {
        i++;
      }
      if (to - i != 1) {
        return -1;
      }
      int q = s.charAt(i) - '0';
      return q >= 1 && q <= 4 ? encode(y, 1, q) : -1;
    }
    if (len != 7) {
      return -1;
    }
    int m = digits(s, i, 2);
    return m >= 1 && m <= 12 ? encode(y, 2, m) : -1;
  }

  /** The encoding of a period for comparison with {@link #period(String, int, int)}. */
  static int encode(Period p) {
    int kind =
        switch (p.periodicity()) {
          case ANNUAL -> 0;
          case QUARTERLY -> 1;
          case MONTHLY -> 2;
        };
    return encode(p.year(), kind, p.index());
  }

  /** Year, periodicity (0 annual, 1 quarterly, 2 monthly) and index packed into one int. */
  private static int encode(int year, int periodicity, int index) {
    return (year << 8) | (periodicity << 4) | index;
  }

  /** The non-negative number written by {@code n} ASCII digits at {@code at}, or -1. */
  private static int digits(String s, int at, int n) {
    int v = 0;
    for (int i = at; i < at + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
