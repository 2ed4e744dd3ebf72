package id.go.ntbprov.satudata.batch.evaluation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The value of {@code SATUDATA_EVALUATION_SCHEDULE} (or the system property {@code
 * satudata.evaluation.schedule}): {@code off}; {@code on} or unset (a period's report runs at the
 * first hourly check after the period closes); or how long after the close it runs, as an ISO-8601
 * duration ({@code P2D}, {@code PT36H}, {@code P1DT12H}) or in hours or days ({@code 48h}, {@code
 * 2d}). The SOP gives the evaluation 2 days after the period (see the time standards).
 *
 * @param enabled false for {@code off}
 * @param delay how long after the period's close its report runs
 */
public record ScheduleSetting(boolean enabled, Duration delay) {

  /** The property and environment variable names. */
  public static final String PROPERTY = "satudata.evaluation.schedule";

  public static final String ENV = "SATUDATA_EVALUATION_SCHEDULE";

  /** The longest delay accepted: a quarter's report after the next quarter closed is no use. */
  static final Duration MAX_DELAY = Duration.ofDays(90);

  /** The setting of this process: system property, else environment variable, else on. */
  public static ScheduleSetting current() {
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank()) {
      v = System.getenv(ENV);
    }
    return parse(v);
  }

  /**
   * Reads a setting.
   *
   * @throws IllegalArgumentException naming the variable, the value and what is accepted
   */
  public static ScheduleSetting parse(String value) {
    if (value == null || value.isBlank()) {
      return new ScheduleSetting(true, Duration.ZERO);
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("off") || v.equals("false")) {
      return new ScheduleSetting(false, Duration.ZERO);
    }
    if (v.equals("on") || v.equals("true")) {
      return new ScheduleSetting(true, Duration.ZERO);
    }
    Duration d;
    try {
      if (v.matches("\\d{1,4}h")) {
        d = Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
      } else if (v.matches("\\d{1,3}d")) {
        d = Duration.ofDays(Long.parseLong(v.substring(0, v.length() - 1)));
      } else {
        d = Duration.parse(v.toUpperCase(Locale.ROOT));
      }
    } catch (DateTimeParseException e) {
      throw refused(value);
    }
    if (d.isNegative() || d.compareTo(MAX_DELAY) > 0) {
      throw refused(value);
    }
    return new ScheduleSetting(true, d);
  }

  private static IllegalArgumentException refused(String value) {
    return new IllegalArgumentException(
        ENV
            + "='"
            + value
            + "' is not understood: use off, on, or a delay after the period closes from 0 to 90"
            + " days, such as P2D, PT36H, 48h or 2d");
  }
}
