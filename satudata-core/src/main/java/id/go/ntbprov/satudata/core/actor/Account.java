package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.Optional;
import java.util.Set;

/**
 * A person's account with the roles they hold. Credentials are not the core's business: adapters
 * keep them beside the account.
 *
 * @param id login name
 * @param displayName full name, as printed on letters and in the audit trail
 * @param roles the roles held
 * @param enabled false when the account may no longer act
 * @param version optimistic-lock version
 */
public record Account(
    AccountId id, String displayName, Set<RoleAssignment> roles, boolean enabled, long version)
    implements Versioned<AccountId, Account> {

  /** Refuses a missing id or name; copies the role set. */
  public Account {
    RuleViolation.requirePresent(id, "account.username");
    displayName = RuleViolation.requireText(displayName, "account.displayName");
    roles = Set.copyOf(roles == null ? Set.of() : roles);
  }

  /** A new enabled account. */
  public static Account of(String username, String displayName, RoleAssignment... roles) {
    return new Account(AccountId.of(username), displayName, Set.of(roles), true, 0);
  }

  @Override
  public Account withVersion(long version) {
    return new Account(id, displayName, roles, enabled, version);
  }

  /** A copy with other roles. */
  public Account withRoles(Set<RoleAssignment> roles) {
    return new Account(id, displayName, roles, enabled, version);
  }

  /** A copy enabled or disabled. */
  public Account withEnabled(boolean enabled) {
    return new Account(id, displayName, roles, enabled, version);
  }

  /** True when the account holds {@code role} (for any agency). */
  public boolean holds(Role role) {
    return roles.stream().anyMatch(r -> r.role() == role);
  }

  /** The agency the account heads, if it holds {@link Role#KEPALA_OPD}. */
  public Optional<AgencyCode> headOf() {
    return roles.stream()
        .filter(r -> r.role() == Role.KEPALA_OPD)
        .flatMap(r -> r.agency().stream())
        .findFirst();
  }
}
