package id.go.ntbprov.satudata.core.audit;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.event.DomainEvent;
import id.go.ntbprov.satudata.core.event.EventSink;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Records a performed step: appends the audit entry and publishes the domain event. Every use case
 * calls it once per object it changed, after storing the change.
 */
public final class StepRecorder {

  private final Clock clock;
  private final AuditTrail audit;
  private final EventSink events;

  /** Records through the given ports. */
  public StepRecorder(Clock clock, AuditTrail audit, EventSink events) {
    this.clock = Objects.requireNonNull(clock);
    this.audit = Objects.requireNonNull(audit);
    this.events = Objects.requireNonNull(events);
  }

  /** The current instant of the clock in force. */
  public Instant now() {
    return clock.instant();
  }

  /** The clock in force. */
  public Clock clock() {
    return clock;
  }

  /** Appends the audit entry and publishes the event for one changed object. */
  public void record(
      Instant at,
      Account account,
      RoleAssignment role,
      SopStep step,
      String objectType,
      Object objectId,
      Object before,
      Object after,
      String detail) {
    String id = String.valueOf(objectId);
    String stateAfter = after == null ? "" : after.toString();
    audit.append(
        new AuditEntry(
            at,
            account.id(),
            role,
            step,
            objectType,
            id,
            before == null ? "" : before.toString(),
            stateAfter,
            detail));
    events.publish(new DomainEvent(at, step, objectType, id, stateAfter));
  }
}
