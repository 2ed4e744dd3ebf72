package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.sop.SopStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Table {@code audit_entry}: one row per {@link AuditEntry}, never updated. The id comes from the
 * sequence {@code audit_seq} (start 50, increment 50 = the allocation size: EclipseLink takes the
 * 50 ids up to each value it fetches); it orders entries of the same instant as appended.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  @Column(name = "entry_id")
  Long id;

  @Column(name = "at_time", nullable = false)
  Instant at;

  @Column(name = "account", nullable = false, length = 100)
  String account;

  @Column(name = "role_name", nullable = false, length = 40)
  String role;

  @Column(name = "role_agency", length = 40)
  String roleAgency;

  @Column(name = "step", nullable = false, length = 40)
  String step;

  @Column(name = "object_type", nullable = false, length = 40)
  String objectType;

  @Column(name = "object_id", nullable = false, length = 200)
  String objectId;

  @Column(name = "state_before", nullable = false, length = 40)
  String stateBefore;

  @Column(name = "state_after", nullable = false, length = 40)
  String stateAfter;

  @Column(name = "detail", nullable = false, length = 4000)
  String detail;

  /** For the provider. */
  protected AuditEntryEntity() {}

  static AuditEntryEntity of(AuditEntry e) {
    AuditEntryEntity a = new AuditEntryEntity();
    a.at = e.at();
    a.account = e.account().value();
    a.role = e.role().role().name();
    a.roleAgency = e.role().agency().map(AgencyCode::value).orElse(null);
    a.step = e.step().name();
    a.objectType = e.objectType();
    a.objectId = e.objectId();
    a.stateBefore = e.stateBefore();
    a.stateAfter = e.stateAfter();
    a.detail = e.detail();
    return a;
  }

  AuditEntry toDomain() {
    return new AuditEntry(
        at,
        AccountId.of(account),
        new RoleAssignment(Role.valueOf(role), Optional.ofNullable(roleAgency).map(AgencyCode::of)),
        SopStep.valueOf(step),
        objectType,
        objectId,
        stateBefore,
        stateAfter,
        detail);
  }
}
