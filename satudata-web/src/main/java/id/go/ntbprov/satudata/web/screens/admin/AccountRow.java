package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * An account as the accounts screen lists it (pages call the accessors: {@code #{a.username()}}).
 *
 * @param username the login name
 * @param displayName the name shown
 * @param roles its roles, in a stable order
 * @param enabled whether it may sign in and act
 * @param version the version read (the roles change is refused if someone changed it since)
 */
public record AccountRow(
    String username, String displayName, List<RoleRef> roles, boolean enabled, long version)
    implements Serializable {

  /** A role held: its name and, for agency-scoped roles, the agency's code (else null). */
  public record RoleRef(String role, String agency) implements Serializable {

    /** The core's assignment. */
    RoleAssignment assignment() {
      return agency == null
          ? RoleAssignment.of(Role.valueOf(role))
          : RoleAssignment.of(Role.valueOf(role), AgencyCode.of(agency));
    }
  }

  static AccountRow of(Account a) {
    return new AccountRow(
        a.id().value(),
        a.displayName(),
        a.roles().stream()
            .map(r -> new RoleRef(r.role().name(), r.agency().map(AgencyCode::value).orElse(null)))
            .sorted(
                Comparator.comparing(RoleRef::role)
                    .thenComparing(r -> r.agency() == null ? "" : r.agency()))
            .toList(),
        a.enabled(),
        a.version());
  }

  /** The roles as the core holds them, in the listed order. */
  List<RoleAssignment> assignments() {
    return roles.stream().map(RoleRef::assignment).toList();
  }
}
