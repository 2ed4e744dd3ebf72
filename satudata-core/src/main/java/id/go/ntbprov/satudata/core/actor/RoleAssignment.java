package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.Optional;

/**
 * One role held by an account, scoped to an agency when the role requires it.
 *
 * @param role the role
 * @param agency the agency the role acts for; present exactly when {@link Role#agencyScoped()}
 */
public record RoleAssignment(Role role, Optional<AgencyCode> agency) {

  /** Refuses a scoped role without agency and an unscoped role with one. */
  public RoleAssignment {
    RuleViolation.requirePresent(role, "role");
    agency = agency == null ? Optional.empty() : agency;
    if (role.agencyScoped() != agency.isPresent()) {
      throw new RuleViolation(Rule.INPUT_INVALID, "role.agency", role + "/" + agency.orElse(null));
    }
  }

  /** An unscoped role. */
  public static RoleAssignment of(Role role) {
    return new RoleAssignment(role, Optional.empty());
  }

  /** A role scoped to an agency. */
  public static RoleAssignment of(Role role, AgencyCode agency) {
    return new RoleAssignment(role, Optional.of(agency));
  }

  /** True when this assignment may act on an object of {@code owner} (unscoped roles: always). */
  public boolean covers(AgencyCode owner) {
    return agency.isEmpty() || owner == null || agency.get().equals(owner);
  }

  @Override
  public String toString() {
    return agency.map(a -> role + "@" + a).orElse(role.name());
  }
}
