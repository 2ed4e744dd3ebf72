package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The save and load rules shared by every JPA repository: the core's optimistic-locking contract
 * (see {@code InMemoryStore}) on top of an entity with a {@code @Version} column.
 *
 * @param <V> the aggregate
 * @param <E> its entity
 */
final class VersionedStore<V extends Versioned<?, V>, E extends VersionedEntity> {

  /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * SQLSTATEs of a write that lost a race for the same row: serialization failure (PostgreSQL above
   * read committed) and H2's "concurrent update" (MVStore, error 90131).
   */
  private static final Set<String> LOST_RACE = Set.of("40001", "90131");

  private final EntityManager em;
  private final Class<E> type;
  private final String kind;
  private final Function<V, Object> key;
  private final Supplier<E> blank;
  private final BiConsumer<V, E> write;
  private final Function<E, V> read;

  /**
   * @param em the entity manager, inside a transaction for saves
   * @param type the entity class
   * @param kind the aggregate's name in refusals ("agency", "submission" ...), as in the core
   * @param key the entity's primary key of an aggregate
   * @param blank a new, empty entity
   * @param write copies an aggregate into an entity (all fields, id included)
   * @param read builds the aggregate of an entity
   */
  VersionedStore(
      EntityManager em,
      Class<E> type,
      String kind,
      Function<V, Object> key,
      Supplier<E> blank,
      BiConsumer<V, E> write,
      Function<E, V> read) {
    this.em = Objects.requireNonNull(em, "em");
    this.type = type;
    this.kind = kind;
    this.key = key;
    this.blank = blank;
    this.write = write;
    this.read = read;
  }

  EntityManager em() {
    return em;
  }

  Optional<V> find(Object primaryKey) {
    return Optional.ofNullable(em.find(type, primaryKey)).map(read);
  }

  /** Runs a query and returns the aggregates in the core's order. */
  List<V> list(TypedQuery<E> query, Comparator<? super V> order) {
    List<V> out = new ArrayList<>();
    for (E e : query.getResultList()) {
      out.add(read.apply(e));
    }
    out.sort(order);
    return out;
  }

  /**
   * Inserts version 0, updates version N when N is stored.
   *
   * @return the aggregate with its stored version
   * @throws RuleViolation {@link Rule#DUPLICATE_IDENTIFIER}, {@link Rule#CONCURRENT_UPDATE}
   */
  V save(V value) {
    Object id = key.apply(value);
    try {
      E stored = em.find(type, id);
      if (value.version() == 0) {
        if (stored != null) {
          throw new RuleViolation(Rule.DUPLICATE_IDENTIFIER, kind, value.id());
        }
        E created = blank.get();
        write.accept(value, created);
        em.persist(created);
        em.flush();
        return value.withVersion(created.getVersion());
      }
      if (stored == null || stored.getVersion() != value.version()) {
        throw new RuleViolation(Rule.CONCURRENT_UPDATE, kind, value.id());
      }
      write.accept(value, stored);
      // Without it a change to a child table alone (a new delivery, other roles) would leave the
      // version as it was, and a concurrent save of the same version would go through.
      em.lock(stored, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
      return value.withVersion(stored.getVersion());
    } catch (OptimisticLockException e) {
      // The stored row moved on between our read and our update (another transaction committed).
      throw new RuleViolation(Rule.CONCURRENT_UPDATE, kind, value.id());
    } catch (PersistenceException e) {
      String state = sqlState(e);
      if (UNIQUE_VIOLATION.equals(state)) {
        // A concurrent transaction inserted the same id after our find.
        throw new RuleViolation(Rule.DUPLICATE_IDENTIFIER, kind, value.id());
      }
      if (LOST_RACE.contains(state)) {
        throw new RuleViolation(Rule.CONCURRENT_UPDATE, kind, value.id());
      }
      throw e;
    }
  }

  /** The SQLSTATE of the first {@link SQLException} in the cause chain, or null. */
  static String sqlState(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
