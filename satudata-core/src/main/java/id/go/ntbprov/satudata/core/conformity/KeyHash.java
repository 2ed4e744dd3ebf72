package id.go.ntbprov.satudata.core.conformity;

/**
 * 64-bit hashes of row keys, so duplicate detection keeps 21 to 43 bytes per row instead of the
 * key's text.
 *
 * <p>Each key cell is normalised first (a code to its canonical form, so {@code 5201} and {@code
 * 52.01} are the same key; a number to its value, so {@code 1.000} and {@code 1000} are too), then
 * hashed to a 64-bit token; the tokens of the key cells are folded into the row's hash. The
 * per-char step {@code h = (h ^ c) * M; h ^= h >>> 29} is a bijection of {@code h} for a fixed
 * char, so keys of equal length differing in their last char never collide, and the murmur3
 * finaliser spreads every input bit over the result. Treating the result as a uniform 64-bit value,
 * the chance that any two of {@code n} distinct keys share a hash is about {@code n² / 2^65}:
 * 2.7·10^-8 for a million rows, 2.7·10^-6 for ten million. Such a collision would show as a false
 * {@link CheckRule#DUPLICATE_KEY} naming both rows, which the Walidata sees at a glance; the
 * checker cannot re-compare the rows because, by design, it does not keep them.
 */
final class KeyHash {

  private static final long M = 0x9E3779B97F4A7C15L;

  /** Seed of a row's hash before its first key cell. */
  static final long ROW_SEED = 0x6A09E667F3BCC909L;

  private KeyHash() {}

  /** Token of the characters {@code s[from, to)}; the length is mixed in first. */
  static long ofChars(String s, int from, int to) {
    long h = (to - from) * M;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * M;
      h ^= h >>> 29;
    }
    return mix(h);
  }

  /** Token of a whole string. */
  static long ofChars(String s) {
    return ofChars(s, 0, s.length());
  }

  /** Token of a decimal {@code unscaled × 10^-scale}; trailing fraction zeros do not count. */
  static long ofNumber(long unscaled, int scale) {
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    return mix(mix(unscaled ^ 0x3C6EF372FE94F82BL) + scale);
  }

  /** Token of a whole number (a year, an encoded period). */
  static long ofLong(long value) {
    return mix(value ^ 0xA54FF53A5F1D36F1L);
  }

  /** Folds the next key cell's token into the row's hash. */
  static long combine(long h, long token) {
    return mix((h * M) ^ token);
  }

  /** The murmur3 64-bit finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
