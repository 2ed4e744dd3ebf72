package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * One version of a producer's table for an item and a period: written {@code
 * 2026/KEP-001/2025-Q1/v2}.
 *
 * @param item the data list item
 * @param period the data's period
 * @param version the version number, from 1
 */
public record SubmissionId(DataItemId item, Period period, int version)
    implements Comparable<SubmissionId> {

  /** Refuses missing parts and versions below 1. */
  public SubmissionId {
    RuleViolation.requirePresent(item, "submission.item");
    RuleViolation.requirePresent(period, "submission.period");
    RuleViolation.require(version >= 1, Rule.INPUT_INVALID, "submission.version", version);
  }

  /** Parses the written form {@code 2026/KEP-001/2025-Q1/v2}. */
  public static SubmissionId parse(String text) {
    String[] parts = text == null ? new String[0] : text.split("/");
    if (parts.length != 4 || !parts[3].startsWith("v")) {
      throw new RuleViolation(Rule.INPUT_INVALID, "submission.id", text);
    }
    try {
      return new SubmissionId(
          DataItemId.parse(parts[0] + "/" + parts[1]),
          Period.parse(parts[2]),
          Integer.parseInt(parts[3].substring(1)));
    } catch (NumberFormatException e) {
      throw new RuleViolation(Rule.INPUT_INVALID, "submission.id", text);
    }
  }

  @Override
  public int compareTo(SubmissionId o) {
    int c = item.compareTo(o.item);
    if (c == 0) {
      c = period.compareTo(o.period);
    }
    return c != 0 ? c : Integer.compare(version, o.version);
  }

  @Override
  public String toString() {
    return item + "/" + period + "/v" + version;
  }
}
