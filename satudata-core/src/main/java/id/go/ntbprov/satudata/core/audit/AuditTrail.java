package id.go.ntbprov.satudata.core.audit;

import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;
import java.util.List;

/**
 * Port: the append-only audit trail. Entries are never changed or removed; reads serve the time
 * standards and the administrators' audit screen.
 */
public interface AuditTrail {

  /** Appends one entry. */
  void append(AuditEntry entry);

  /** Entries about one object, oldest first. */
  List<AuditEntry> forObject(String objectType, String objectId);

  /** Entries of a step in {@code [from, to)}, oldest first. */
  List<AuditEntry> forStep(SopStep step, Instant from, Instant to);

  /** Entries in {@code [from, to)}, oldest first. */
  List<AuditEntry> between(Instant from, Instant to);
}
