package id.go.ntbprov.satudata.web.screens.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Ratios as the reader reads them: {@code 0.6667} → "66,7 %" in Bahasa Indonesia. */
final class Percent {

  private Percent() {}

  /** A ratio (0–1) as a percentage with one decimal, in the locale's number style. */
  static String of(BigDecimal ratio, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(value(ratio)) + " %";
  }

  /** A ratio (0–1) as a percentage number with one decimal (for charts). */
  static BigDecimal value(BigDecimal ratio) {
    return (ratio == null ? BigDecimal.ZERO : ratio)
        .multiply(BigDecimal.valueOf(100))
        .setScale(1, RoundingMode.HALF_UP);
  }
}
