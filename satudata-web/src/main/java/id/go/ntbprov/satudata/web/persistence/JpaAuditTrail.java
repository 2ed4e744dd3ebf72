package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.audit.AuditTrail;
import id.go.ntbprov.satudata.core.sop.SopStep;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The append-only {@link AuditTrail} on table {@code audit_entry}: this class only inserts and
 * reads. Entries come back oldest first; entries of the same instant in the order appended (by
 * sequence id).
 */
public final class JpaAuditTrail implements AuditTrail {

  private static final String ORDER = " order by e.at, e.id";

  private final EntityManager em;

  /**
   * @param em the entity manager (container-managed in the server); appends need a transaction, and
   *     become visible with it
   */
  public JpaAuditTrail(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public void append(AuditEntry entry) {
    em.persist(AuditEntryEntity.of(Objects.requireNonNull(entry, "entry")));
  }

  @Override
  public List<AuditEntry> forObject(String objectType, String objectId) {
    return read(
        em.createQuery(
                "select e from AuditEntryEntity e where e.objectType = :type"
                    + " and e.objectId = :id"
                    + ORDER,
                AuditEntryEntity.class)
            .setParameter("type", objectType)
            .setParameter("id", objectId));
  }

  @Override
  public List<AuditEntry> forStep(SopStep step, Instant from, Instant to) {
    return read(
        em.createQuery(
                "select e from AuditEntryEntity e where e.step = :step"
                    + " and e.at >= :from and e.at < :to"
                    + ORDER,
                AuditEntryEntity.class)
            .setParameter("step", step.name())
            .setParameter("from", InstantConverter.ceilMicros(from))
            .setParameter("to", InstantConverter.ceilMicros(to)));
  }

  @Override
  public List<AuditEntry> between(Instant from, Instant to) {
    return read(
        em.createQuery(
                "select e from AuditEntryEntity e where e.at >= :from and e.at < :to" + ORDER,
                AuditEntryEntity.class)
            .setParameter("from", InstantConverter.ceilMicros(from))
            .setParameter("to", InstantConverter.ceilMicros(to)));
  }

  private static List<AuditEntry> read(TypedQuery<AuditEntryEntity> q) {
    return q.getResultList().stream().map(AuditEntryEntity::toDomain).toList();
  }
}
