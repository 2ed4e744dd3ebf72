package id.go.ntbprov.satudata.web.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * Rendered answers (UTF-8 bytes) kept with one {@link Snapshot} and dropped with it: a bounded
 * cache (Caffeine, by bytes) keyed by text that must name everything the answer depends on besides
 * the snapshot (the site's address, the language, the parameters).
 */
public final class Rendered {

  /** Keys longer than this are not kept (a query string or a POST body can be large). */
  public static final int MAX_KEY_LENGTH = 2_000;

  private final Cache<String, byte[]> cache;

  private Rendered(long maxBytes) {
    cache =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .<String, byte[]>weigher((k, v) -> 2 * k.length() + v.length + 64)
            .build();
  }

  /**
   * The cache of one kind of answer kept with a snapshot.
   *
   * @param kind the kind (one key per kind: a class)
   * @param maxBytes the most bytes its answers and keys may take
   */
  public static Rendered of(Snapshot s, Class<?> kind, long maxBytes) {
    return s.derived(new Kind(kind), x -> new Rendered(maxBytes));
  }

  private record Kind(Class<?> kind) {}

  /** The answer of a key, rendered on first use; an exception is thrown on, not kept. */
  public byte[] get(String key, Supplier<byte[]> render) {
    if (key.length() > MAX_KEY_LENGTH) {
      return render.get();
    }
    return cache.get(key, k -> render.get());
  }
}
