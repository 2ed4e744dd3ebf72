package id.go.ntbprov.satudata.core.period;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year, a quarter or a month. Written {@code 2025}, {@code 2025-Q1} (also
 * {@code 2025-TW1}, Indonesian <i>triwulan</i>) or {@code 2025-03}.
 *
 * @param year the calendar year
 * @param periodicity which kind of period this is
 * @param index 1 for a year, 1–4 for a quarter, 1–12 for a month
 */
public record Period(int year, Periodicity periodicity, int index) implements Comparable<Period> {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER =
      Pattern.compile("(\\d{4})-(?:Q|TW|T)([1-4])", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /** Validates the index against the periodicity. */
  public Period {
    if (periodicity == null || year < 1900 || year > 2999) {
      throw new RuleViolation(Rule.INPUT_INVALID, "period", year);
    }
    int max =
        switch (periodicity) {
          case ANNUAL -> 1;
          case QUARTERLY -> 4;
          case MONTHLY -> 12;
        };
    if (index < 1 || index > max) {
      throw new RuleViolation(Rule.INPUT_INVALID, "period", year + "/" + index);
    }
  }

  /** The whole year. */
  public static Period year(int year) {
    return new Period(year, Periodicity.ANNUAL, 1);
  }

  /** A quarter, 1 to 4. */
  public static Period quarter(int year, int quarter) {
    return new Period(year, Periodicity.QUARTERLY, quarter);
  }

  /** A month, 1 to 12. */
  public static Period month(int year, int month) {
    return new Period(year, Periodicity.MONTHLY, month);
  }

  /**
   * Parses the written forms {@code 2025}, {@code 2025-Q1}/{@code 2025-TW1}, {@code 2025-03}.
   *
   * @throws RuleViolation {@link Rule#INPUT_INVALID} when the text is none of them
   */
  public static Period parse(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m = YEAR.matcher(t);
    if (m.matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    m = QUARTER.matcher(t);
    if (m.matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = MONTH.matcher(t);
    if (m.matches()) {
      return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    throw new RuleViolation(Rule.INPUT_INVALID, "period", t);
  }

  /** First day of the period. */
  public LocalDate firstDay() {
    return switch (periodicity) {
      case ANNUAL -> LocalDate.of(year, 1, 1);
      case QUARTERLY -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
      case MONTHLY -> LocalDate.of(year, index, 1);
    };
  }

  /** The day after the period's last day (exclusive end). */
  public LocalDate endExclusive() {
    return switch (periodicity) {
      case ANNUAL -> firstDay().plusYears(1);
      case QUARTERLY -> firstDay().plusMonths(3);
      case MONTHLY -> firstDay().plusMonths(1);
    };
  }

  /** The instant the period starts, in the region's time zone. */
  public ZonedDateTime start(ZoneId zone) {
    return firstDay().atStartOfDay(zone);
  }

  /** The instant the period closes (start of the next period), in the region's time zone. */
  public ZonedDateTime end(ZoneId zone) {
    return endExclusive().atStartOfDay(zone);
  }

  /** True when {@code other} lies wholly inside this period (a quarter inside its year, ...). */
  public boolean contains(Period other) {
    return !other.firstDay().isBefore(firstDay()) && !other.endExclusive().isAfter(endExclusive());
  }

  /** True when the date falls inside the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && date.isBefore(endExclusive());
  }

  /** The written form: {@code 2025}, {@code 2025-Q1} or {@code 2025-03}. */
  @Override
  public String toString() {
    return switch (periodicity) {
      case ANNUAL -> Integer.toString(year);
      case QUARTERLY -> year + "-Q" + index;
      case MONTHLY -> String.format("%d-%02d", year, index);
    };
  }

  @Override
  public int compareTo(Period o) {
    int c = firstDay().compareTo(o.firstDay());
    return c != 0 ? c : o.endExclusive().compareTo(endExclusive());
  }
}
