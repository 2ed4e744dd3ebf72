package id.go.ntbprov.satudata.core.conformity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The totals of a conformity check; the findings themselves went to the {@link FindingSink}.
 *
 * @param rowsChecked data rows checked (blank rows are not data and are not counted)
 * @param errors findings of severity {@link Severity#ERROR}
 * @param warnings findings of severity {@link Severity#WARNING}
 * @param countByRule findings per rule; rules without findings are absent
 */
public record ConformityReport(
    long rowsChecked, long errors, long warnings, Map<CheckRule, Long> countByRule) {

  /** Refuses negative counts and totals that disagree with the counts per rule. */
  public ConformityReport {
    if (rowsChecked < 0 || errors < 0 || warnings < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    EnumMap<CheckRule, Long> copy = new EnumMap<>(CheckRule.class);
    long e = 0;
    long w = 0;
    if (countByRule != null) {
      for (Map.Entry<CheckRule, Long> entry : countByRule.entrySet()) {
        long n = entry.getValue() == null ? 0 : entry.getValue();
        if (n < 0) {
          throw new IllegalArgumentException("count of " + entry.getKey() + " is negative");
        }
        if (n > 0) {
          copy.put(entry.getKey(), n);
          if (entry.getKey().severity() == Severity.ERROR) {
            e += n;
          } else {
            w += n;
          }
        }
      }
    }
    if (e != errors || w != warnings) {
      throw new IllegalArgumentException(
          "totals " + errors + "/" + warnings + " disagree with the counts per rule " + copy);
    }
    countByRule = Collections.unmodifiableMap(copy);
  }

  /** No rows, no findings. */
  public static ConformityReport empty() {
    return new ConformityReport(0, 0, 0, Map.of());
  }

  /** True when the upload cannot be accepted as conformant. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** True when accepting needs the Walidata's override reason. */
  public boolean hasWarnings() {
    return warnings > 0;
  }

  /** All findings, errors and warnings. */
  public long findings() {
    return errors + warnings;
  }

  /** Findings by {@code rule}; 0 when none. */
  public long count(CheckRule rule) {
    return countByRule.getOrDefault(rule, 0L);
  }

  /** The sum of two reports, e.g. the table check and the metadata check of one submission. */
  public ConformityReport plus(ConformityReport other) {
    EnumMap<CheckRule, Long> sum = new EnumMap<>(CheckRule.class);
    sum.putAll(countByRule);
    other.countByRule.forEach((rule, n) -> sum.merge(rule, n, Long::sum));
    return new ConformityReport(
        rowsChecked + other.rowsChecked, errors + other.errors, warnings + other.warnings, sum);
  }

  /** The sum of any number of reports. */
  public static ConformityReport merge(ConformityReport... reports) {
    ConformityReport total = empty();
    for (ConformityReport r : reports) {
      total = total.plus(r);
    }
    return total;
  }
}
