package id.go.ntbprov.satudata.core.audit;

import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Thread-safe, append-only in-memory {@link AuditTrail}. */
public final class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    entries.add(java.util.Objects.requireNonNull(entry));
  }

  @Override
  public List<AuditEntry> forObject(String objectType, String objectId) {
    return select(e -> e.objectType().equals(objectType) && e.objectId().equals(objectId));
  }

  @Override
  public List<AuditEntry> forStep(SopStep step, Instant from, Instant to) {
    return select(e -> e.step() == step && inRange(e.at(), from, to));
  }

  @Override
  public List<AuditEntry> between(Instant from, Instant to) {
    return select(e -> inRange(e.at(), from, to));
  }

  private static boolean inRange(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private synchronized List<AuditEntry> select(Predicate<AuditEntry> filter) {
    List<AuditEntry> out = new ArrayList<>();
    for (AuditEntry e : entries) {
      if (filter.test(e)) {
        out.add(e);
      }
    }
    out.sort(java.util.Comparator.comparing(AuditEntry::at));
    return out;
  }
}
