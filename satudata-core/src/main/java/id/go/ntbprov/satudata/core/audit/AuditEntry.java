package id.go.ntbprov.satudata.core.audit;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who (account and the role they acted in), when, which step, on which
 * object, and the object's state before and after.
 *
 * @param at when the step happened
 * @param account who performed it
 * @param role the role assignment they acted in
 * @param step the SOP step
 * @param objectType kind of object ("submission", "item", "letter" ...)
 * @param objectId the object's identifier as text
 * @param stateBefore state before the step ("" for a new object)
 * @param stateAfter state after the step
 * @param detail free text: notes, reasons, letter numbers
 */
public record AuditEntry(
    Instant at,
    AccountId account,
    RoleAssignment role,
    SopStep step,
    String objectType,
    String objectId,
    String stateBefore,
    String stateAfter,
    String detail) {

  /** Refuses missing who, when, what or which. */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(objectId, "objectId");
    stateBefore = stateBefore == null ? "" : stateBefore;
    stateAfter = stateAfter == null ? "" : stateAfter;
    detail = detail == null ? "" : detail;
  }
}
