package id.go.ntbprov.satudata.core.conformity;

/**
 * A minimal open-addressing map from {@code long} to a non-zero {@code int}, for the row-key hashes
 * of one checking session.
 *
 * <p>Why hand-written: a {@code HashMap<Long, Integer>} costs about 80 bytes per entry (node, boxed
 * key and value) and a million rows would keep 80 MB alive per concurrent upload. Here an entry is
 * 12 bytes (a {@code long} key in one array, an {@code int} value in another), the table is a power
 * of two kept at most 3/4 full, so the memory is 16 bytes per key when full and up to 32 right
 * after doubling: 1,000,000 rows take 2^21 slots = 24 MiB. Linear probing; the value 0 marks a free
 * slot, so values must be non-zero (row numbers start at 2).
 */
final class LongIntHashMap {

  private static final int MAX_BITS = 30;

  private long[] keys;
  private int[] values;
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
    int mask = values.length - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v == 0) {
        keys[i] = key;
        values[i] = value;
        if (++size > resizeAt) {
          grow();
        }
        return 0;
      }
      if (keys[i] == key) {
        return v;
      }
    }
  }

  /** The value stored under {@code key}, or 0. */
  int get(long key) {
    int mask = values.length - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v == 0 || keys[i] == key) {
        return v;
      }
    }
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  /** Bytes held by the two arrays (headers aside). */
  long memoryBytes() {
    return (long) values.length * (Long.BYTES + Integer.BYTES);
  }

  private int slot(long key) {
    // Fibonacci hashing: the top bits of key * 2^64/phi spread even poorly mixed keys.
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
  }

  private void allocate(int newBits) {
    bits = newBits;
    keys = new long[1 << newBits];
    values = new int[1 << newBits];
    resizeAt = (1 << newBits) / 4 * 3;
  }

  private void grow() {
    if (bits >= MAX_BITS) {
      // 2^30 slots are 12 GiB: the heap runs out long before.
      throw new IllegalStateException("more than " + resizeAt + " row keys");
    }
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(bits + 1);
    int mask = values.length - 1;
    for (int j = 0; j < oldValues.length; j++) {
      if (oldValues[j] != 0) {
        int i = slot(oldKeys[j]);
        while (values[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
