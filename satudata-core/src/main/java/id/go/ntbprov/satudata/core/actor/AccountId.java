package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * The login name of an account, lower case.
 *
 * @param value the user name
 */
public record AccountId(String value) implements Comparable<AccountId> {

  /** Normalises to lower case and refuses blank names. */
  public AccountId {
    value = RuleViolation.requireText(value, "account.username").toLowerCase(java.util.Locale.ROOT);
  }

  /** Shorthand for the constructor. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public int compareTo(AccountId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
