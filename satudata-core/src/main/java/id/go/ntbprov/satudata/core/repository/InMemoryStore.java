package id.go.ntbprov.satudata.core.repository;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Thread-safe store of immutable aggregates with optimistic locking, the base of the core's
 * in-memory repositories.
 *
 * @param <K> identifier type
 * @param <V> aggregate type
 */
public class InMemoryStore<K, V extends Versioned<K, V>> {

  private final ConcurrentMap<K, V> items = new ConcurrentHashMap<>();
  private final String kind;

  /**
   * Creates an empty store.
   *
   * @param kind the aggregate's name, used in refusals
   */
  public InMemoryStore(String kind) {
    this.kind = kind;
  }

  /** The stored aggregate with that id. */
  public Optional<V> find(K id) {
    return Optional.ofNullable(items.get(id));
  }

  /**
   * Stores {@code value}: inserts it when its version is 0, else replaces the stored one if that
   * still has the same version.
   *
   * @return the stored instance, with its new version
   * @throws RuleViolation {@link Rule#DUPLICATE_IDENTIFIER} when inserting an id already present;
   *     {@link Rule#CONCURRENT_UPDATE} when the stored version has moved on
   */
  public V save(V value) {
    V next = value.withVersion(value.version() + 1);
    if (value.version() == 0) {
      if (items.putIfAbsent(value.id(), next) != null) {
        throw new RuleViolation(Rule.DUPLICATE_IDENTIFIER, kind, value.id());
      }
      return next;
    }
    V result =
        items.computeIfPresent(
            value.id(), (k, stored) -> stored.version() == value.version() ? next : stored);
    if (result != next) {
      throw new RuleViolation(Rule.CONCURRENT_UPDATE, kind, value.id());
    }
    return next;
  }

  /** All stored aggregates matching {@code filter}, ordered by {@code order}. */
  public List<V> list(Predicate<? super V> filter, Comparator<? super V> order) {
    List<V> out = new ArrayList<>();
    for (V v : items.values()) {
      if (filter.test(v)) {
        out.add(v);
      }
    }
    out.sort(order);
    return out;
  }

  /** Number of stored aggregates. */
  public int size() {
    return items.size();
  }
}
