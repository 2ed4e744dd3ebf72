package id.go.ntbprov.satudata.core.repository;

/**
 * An immutable aggregate with an optimistic-lock version. Version 0 means "never stored"; each
 * successful save stores the next version, and a save based on an older version is refused.
 *
 * @param <K> the identifier type
 * @param <V> the aggregate type itself
 */
public interface Versioned<K, V extends Versioned<K, V>> {

  /** The aggregate's identifier. */
  K id();

  /** The version this instance was read at (0 when new). */
  long version();

  /** A copy carrying {@code version}. */
  V withVersion(long version);
}
