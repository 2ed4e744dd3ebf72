package id.go.ntbprov.satudata.core.conformity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A variable's inclusive range, prepared once per session so that a cell is compared with plain
 * {@code long} arithmetic; {@link BigDecimal} is used only for numbers or bounds of more than 18
 * digits.
 */
final class Range {

  private final Bound min;
  private final Bound max;

  private Range(Bound min, Bound max) {
    this.min = min;
    this.max = max;
  }

  /** The range, or null when the variable has no bound. */
  static Range of(Optional<BigDecimal> min, Optional<BigDecimal> max) {
    if (min.isEmpty() && max.isEmpty()) {
      return null;
    }
    return new Range(min.map(Bound::new).orElse(null), max.map(Bound::new).orElse(null));
  }

  /** True when the number lies within the bounds. */
  boolean contains(ParsedNumber n) {
    return (min == null || min.compareTo(n) <= 0) && (max == null || max.compareTo(n) >= 0);
  }

  /** True when the whole number lies within the bounds. */
  boolean contains(long value) {
    return (min == null || min.compareTo(value) <= 0) && (max == null || max.compareTo(value) >= 0);
  }

  /**
   * The range for a finding, in the upload's number style and language-neutral signs: {@code 0 –
   * 100}, {@code ≥ 0}, {@code ≤ 100}.
   */
  String describe(NumberStyle style) {
    if (min != null && max != null) {
      return min.text(style) + " \u2013 " + max.text(style);
    }
    return min != null ? "\u2265 " + min.text(style) : "\u2264 " + max.text(style);
  }

  /** One bound, with its long form when it has one. */
  private static final class Bound {
    private final BigDecimal exact;
    private final long unscaled;
    private final int scale;
    private final boolean fast;

    Bound(BigDecimal value) {
      // A negative scale (1E+3) is brought to scale 0 so that scales compare as digit counts.
      this.exact = value.scale() < 0 ? value.setScale(0) : value;
      // bitLength < 63 keeps the unscaled value clear of Long.MIN_VALUE, as compare() needs.
      this.fast = exact.unscaledValue().bitLength() < 63;
      this.unscaled = fast ? exact.unscaledValue().longValue() : 0;
      this.scale = exact.scale();
    }

    /** Sign of {@code this - n}. */
    int compareTo(ParsedNumber n) {
      if (fast && !n.big) {
        return -ParsedNumber.compare(n.unscaled, n.scale, unscaled, scale);
      }
      return exact.compareTo(n.toBigDecimal());
    }

    /** Sign of {@code this - value}. */
    int compareTo(long value) {
      if (fast && value > Long.MIN_VALUE) {
        return -ParsedNumber.compare(value, 0, unscaled, scale);
      }
      return exact.compareTo(BigDecimal.valueOf(value));
    }

    String text(NumberStyle style) {
      String plain = exact.toPlainString();
      return style == NumberStyle.COMMA_DECIMAL ? plain.replace('.', ',') : plain;
    }
  }
}
