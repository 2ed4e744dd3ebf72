package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** A row of {@code account_role}: one {@link RoleAssignment}. */
@Embeddable
public class RoleColumns {

  @Column(name = "role_name", nullable = false, length = 40)
  String role;

  @Column(name = "agency_code", length = 40)
  String agency;

  /** For the provider. */
  protected RoleColumns() {}

  static RoleColumns of(RoleAssignment r) {
    RoleColumns c = new RoleColumns();
    c.role = r.role().name();
    c.agency = r.agency().map(AgencyCode::value).orElse(null);
    return c;
  }

  RoleAssignment toDomain() {
    return new RoleAssignment(Role.valueOf(role), Optional.ofNullable(agency).map(AgencyCode::of));
  }
}
