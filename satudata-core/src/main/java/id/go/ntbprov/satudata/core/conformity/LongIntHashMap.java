package id.go.ntbprov.satudata.core.conformity;

/**
 * A minimal open-addressing map from {@code long} to a non-zero {@code int}, for the row-key hashes
 * of one checking session.
 *
 * <p>Why hand-written: a {@code HashMap<Long, Integer>} costs about 80 bytes per entry (node, boxed
 * key and value) and a million rows would keep 80 MB alive per concurrent upload. Here a slot is
 * two adjacent {@code long}s of one array (the key, then the value), so a lookup touches one cache
 * line, not two (the table of a million-row upload is far larger than any cache, and each row looks
 * up a random slot); the table is a power of two kept at most 3/4 full, so the memory is 21 bytes
 * per key when full and up to 43 right after doubling: 1,000,000 rows take 2^21 slots = 32 MiB.
 * Linear probing; the value 0 marks a free slot, so values must be non-zero (row numbers start at
 * 2).
 */
final class LongIntHashMap {

  private static final int MAX_BITS = 29;

  private long[] table; // key at 2i, value at 2i + 1
  private int bits;
  private int size;
  private int resizeAt;

  /** An empty map sized for a few thousand keys; it doubles as needed. */
  LongIntHashMap() {
    allocate(12);
  }

  /**
   * Stores {@code value} under {@code key} unless the key is present.
   *
   * @return the value already stored, or 0 when {@code value} was stored
   */
  int putIfAbsent(long key, int value) {
    if (value == 0) {
      throw new IllegalArgumentException("value 0 marks a free slot");
    }
    long[] t = table;
    int mask = t.length - 1;
    for (int i = slot(key); ; i = (i + 2) & mask) {
      int v = (int) t[i + 1];
      if (v == 0) {
        t[i] = key;
        t[i + 1] = value;
        if (++size > resizeAt) {
          grow();
        }
        return 0;
      }
      if (t[i] == key) {
        return v;
      }
    }
  }

  /** The value stored under {@code key}, or 0. */
  int get(long key) {
    long[] t = table;
    int mask = t.length - 1;
    for (int i = slot(key); ; i = (i + 2) & mask) {
      int v = (int) t[i + 1];
      if (v == 0 || t[i] == key) {
        return v;
      }
    }
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  /** Bytes held by the table (header aside). */
  long memoryBytes() {
    return (long) table.length * Long.BYTES;
  }

  /** The index of the key of the slot where probing for {@code key} starts (always even). */
  private int slot(long key) {
    // Fibonacci hashing: the top bits of key * 2^64/phi spread even poorly mixed keys.
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits)) << 1;
  }

  private void allocate(int newBits) {
    bits = newBits;
    table = new long[2 << newBits];
    resizeAt = (1 << newBits) / 4 * 3;
  }

  private void grow() {
    if (bits >= MAX_BITS) {
      // 2^29 slots are 8 GiB: the heap runs out long before.
      throw new IllegalStateException("more than " + resizeAt + " row keys");
    }
    long[] old = table;
    allocate(bits + 1);
    long[] t = table;
    int mask = t.length - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = slot(old[j]);
        while (t[i + 1] != 0) {
          i = (i + 2) & mask;
        }
        t[i] = old[j];
        t[i + 1] = old[j + 1];
      }
    }
  }
}
