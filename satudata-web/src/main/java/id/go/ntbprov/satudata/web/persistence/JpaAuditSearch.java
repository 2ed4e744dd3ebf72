package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.audit.AuditEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The administrators' search of the audit trail (table {@code audit_entry}): filtered, newest
 * first, a page at a time, with the count of all matches. Read only; the trail itself is {@link
 * JpaAuditTrail}.
 */
public final class JpaAuditSearch {

  /**
   * What to look for; a null or blank part does not filter.
   *
   * @param account the account's user name, exactly
   * @param step the SOP step's name, exactly
   * @param text a part of the object's type or id or of the entry's detail, any case
   * @param from entries at or after
   * @param to entries before
   */
  public record Filter(String account, String step, String text, Instant from, Instant to) {}

  private final EntityManager em;

  /**
   * @param em the entity manager
   */
  public JpaAuditSearch(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** One page of the entries matching, newest first. */
  public List<AuditEntry> page(Filter filter, int offset, int limit) {
    TypedQuery<AuditEntryEntity> q =
        bind(
            em.createQuery(
                "select e from AuditEntryEntity e"
                    + where(filter).getKey()
                    + " order by e.at desc, e.id desc",
                AuditEntryEntity.class),
            filter);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(AuditEntryEntity::toDomain)
        .toList();
  }

  /** How many entries match. */
  public long count(Filter filter) {
    return bind(
            em.createQuery(
                "select count(e) from AuditEntryEntity e" + where(filter).getKey(), Long.class),
            filter)
        .getSingleResult();
  }

  private static Map.Entry<String, Map<String, Object>> where(Filter f) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (present(f.account())) {
      parts.add("e.account = :account");
      params.put("account", f.account().strip());
    }
    if (present(f.step())) {
      parts.add("e.step = :step");
      params.put("step", f.step().strip());
    }
    if (present(f.text())) {
      parts.add(
          "(lower(e.objectType) like :text or lower(e.objectId) like :text"
              + " or lower(e.detail) like :text)");
      params.put("text", "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (f.from() != null) {
      parts.add("e.at >= :from");
      params.put("from", InstantConverter.ceilMicros(f.from()));
    }
    if (f.to() != null) {
      parts.add("e.at < :to");
      params.put("to", InstantConverter.ceilMicros(f.to()));
    }
    return Map.entry(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, Filter f) {
    where(f).getValue().forEach(q::setParameter);
    return q;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
