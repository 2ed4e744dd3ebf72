package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.period.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Optional;

/**
 * Printing of numbers, percentages, durations, dates and periods in the document's language:
 * Indonesian style by default ("1.862", "66,67%", "31 Maret 2026 14.05 WITA").
 */
final class Formats {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final Labels labels;
  private final ZoneId zone;
  private final NumberFormat integer;
  private final DecimalFormat twoDecimals;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;
  private final String zoneName;

  Formats(Labels labels, ZoneId zone) {
    this.labels = labels;
    this.zone = zone;
    this.integer = NumberFormat.getIntegerInstance(labels.locale());
    this.twoDecimals =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(labels.locale()));
    this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", labels.locale()).withZone(zone);
    this.dateTime =
        DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", labels.locale()).withZone(zone);
    // WITA, WIB, WIT for Indonesian zones in both languages (the JDK's CLDR data knows them).
    this.zoneName = zone.getDisplayName(TextStyle.SHORT, labels.locale());
  }

  Labels labels() {
    return labels;
  }

  String integer(long n) {
    return integer.format(n);
  }

  /** A ratio of 4 decimals as a percentage with 2 decimals: 0.6667 → "66,67%". */
  String percent(BigDecimal ratio) {
    BigDecimal pct = ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    return twoDecimals.format(pct) + "%";
  }

  /** "—" when the figure is not defined (nothing published in the window, say). */
  String duration(Optional<Duration> d) {
    return d.map(this::duration).orElse(labels.get("empty"));
  }

  /**
   * The two most significant units, truncated: "3 menit 30 detik", "1.862 hari 8 jam", "2 hari".
   * Two units are enough to compare against a standard of minutes or days; more is noise.
   */
  String duration(Duration d) {
    if (d.isNegative()) {
      return "-" + duration(d.negated());
    }
    long[] parts = {d.toDaysPart(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart()};
    String[] keys = {"duration.days", "duration.hours", "duration.minutes", "duration.seconds"};
    int first = 0;
    while (first < parts.length - 1 && parts[first] == 0) {
      first++;
    }
    String text = labels.get(keys[first], parts[first]);
    if (first + 1 < parts.length && parts[first + 1] != 0) {
      text += " " + labels.get(keys[first + 1], parts[first + 1]);
    }
    return text;
  }

  /** Minutes with fractions, for spreadsheets that sort and sum. */
  static double minutes(Duration d) {
    return d.toMillis() / 60_000.0;
  }

  String date(Instant t) {
    return date.format(t);
  }

  /** "31 Maret 2026 14.05 WITA". */
  String dateTime(Instant t) {
    return dateTime.format(t) + " " + zoneName;
  }

  String zoneName() {
    return zoneName;
  }

  ZoneId zone() {
    return zone;
  }

  /** "Triwulan I 2026", "Tahun 2026"; English "Quarter 1 2026", "Year 2026". */
  String period(Period p) {
    String roman = p.index() <= ROMAN.length ? ROMAN[p.index() - 1] : String.valueOf(p.index());
    return labels.get(
        "period." + p.periodicity().name(),
        roman,
        String.valueOf(p.index()),
        String.valueOf(p.year()));
  }

  /** "1 Januari 2026", "31 Maret 2026": the period's first and last day. */
  String[] periodDates(Period p) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", labels.locale());
    return new String[] {day.format(p.firstDay()), day.format(p.endExclusive().minusDays(1))};
  }
}
