package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.regex.Pattern;

/**
 * Identifies an item of one year's data list: {@code 2026/KEP-001}.
 *
 * @param year the data list's year
 * @param code the item's code within the year, e.g. {@code KEP-001}
 */
public record DataItemId(int year, String code) implements Comparable<DataItemId> {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  /** Refuses malformed codes and implausible years. */
  public DataItemId {
    code = RuleViolation.requireText(code, "item.code");
    RuleViolation.require(CODE.matcher(code).matches(), Rule.INPUT_INVALID, "item.code", code);
    RuleViolation.require(year >= 2000 && year <= 2999, Rule.INPUT_INVALID, "item.year", year);
  }

  /** Parses {@code 2026/KEP-001}. */
  public static DataItemId parse(String text) {
    int slash = text == null ? -1 : text.indexOf('/');
    RuleViolation.require(slash == 4, Rule.INPUT_INVALID, "item.id", text);
    try {
      return new DataItemId(Integer.parseInt(text.substring(0, 4)), text.substring(5));
    } catch (NumberFormatException e) {
      throw new RuleViolation(Rule.INPUT_INVALID, "item.id", text);
    }
  }

  @Override
  public int compareTo(DataItemId o) {
    int c = Integer.compare(year, o.year);
    return c != 0 ? c : code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return year + "/" + code;
  }
}
