package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * Short code of a regional agency (OPD), e.g. {@code DISKOMINFOTIK} or {@code BAPPEDA}.
 *
 * @param value the code, upper case, without spaces
 */
public record AgencyCode(String value) implements Comparable<AgencyCode> {

  /** Normalises to upper case and refuses blank codes. */
  public AgencyCode {
    value = RuleViolation.requireText(value, "agency.code").toUpperCase(java.util.Locale.ROOT);
  }

  /** Shorthand for the constructor. */
  public static AgencyCode of(String value) {
    return new AgencyCode(value);
  }

  @Override
  public int compareTo(AgencyCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
