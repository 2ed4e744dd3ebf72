package id.go.ntbprov.satudata.core.conformity;

/**
 * The row numbers of small non-negative whole-number keys, indexed by the key's value: the common
 * one-column key of row numbers and serial ids (1, 2, 3 ...) is checked by one array access per
 * row, mostly on the page the previous row touched, instead of a hash and a random slot of a table
 * far larger than any cache ({@link LongIntHashMap}).
 *
 * <p>Keys in {@code [0, }{@link #LIMIT}{@code )} live on lazily allocated pages of 1,024 {@code
 * int}s (4 KiB); the value 0 marks an absent key, so row numbers must be positive (they start at
 * 2). A key outside that range, or on a page this table declined, is {@link #NOT_HERE}: the caller
 * keeps it in its hash map instead. Whether a page is kept is decided when a key first falls on it
 * and never changes, so equal keys always meet in the same structure. The one difference from
 * hashing every key: a key kept here can never be taken for another by a hash collision (see {@link
 * KeyHash}: odds of 2.7·10^-8 per million rows).
 *
 * <p>Memory: a directory of 4,096 page references (16 KiB, 32 KiB without compressed references)
 * and the pages. The first 16 pages (64 KiB) are granted freely; a further page only while the
 * pages so far hold at least 128 keys each on average, so sparse keys (say one per page) go to the
 * hash map rather than costing 4 KiB each. Hence the pages take at most {@code max(64 KiB, 32 bytes
 * × keys + 4 KiB)} — per key, about the hash map's 21 to 43 bytes — and at most 16 MiB (all 4,096
 * pages, reached only by keys filling the whole range). For a million keys that is at most 16 MiB
 * where the hash map takes 32 MiB; the row numbers 1 ... 1,000,000 take 977 pages, 3.8 MiB.
 */
final class DenseKeyTable {

  /**
   * Keys kept here are below 2^22 = 4,194,304: four times the 1,048,576 rows of an Excel sheet, so
   * the row numbers and serial ids of any one upload fit, with a directory of only 16 KiB.
   */
  static final int LIMIT = 1 << 22;

  /** Returned by {@link #putIfAbsent} for a key this table does not keep. */
  static final int NOT_HERE = -1;

  private static final int PAGE_BITS = 10;
  private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;
  private static final int FREE_PAGES = 16;
  private static final int MIN_KEYS_PER_PAGE = 128;

  /** Marks a page declined for sparseness: its keys go to the hash map. */
  private static final int[] DECLINED = new int[0];

  private final int[][] pages = new int[LIMIT >>> PAGE_BITS][];
  private int pageCount;
  private int size;

  /**
   * Stores {@code row} under {@code key} unless the key is present.
   *
   * @param key any value; negative ones and those from {@link #LIMIT} on are not kept here
   * @param row a positive row number
   * @return the row stored earlier, 0 when {@code row} was stored, or {@link #NOT_HERE}
   */
  int putIfAbsent(int key, int row) {
    if (row <= 0) {
      throw new IllegalArgumentException("row numbers are positive: " + row);
    }
    int p = key >>> PAGE_BITS; // unsigned: a negative key gives a page far beyond the directory
    if (p >= pages.length) {
      return NOT_HERE;
    }
    int[] page = pages[p];
    if (page == null) {
      page = newPage(p);
    }
    if (page == DECLINED) {
      return NOT_HERE;
    }
    int i = key & PAGE_MASK;
    int earlier = page[i];
    if (earlier == 0) {
      page[i] = row;
      size++;
    }
    return earlier;
  }

  /** Number of keys stored. */
  int size() {
    return size;
  }

  /** Bytes held by the directory (counting 8 bytes a reference) and the pages, headers aside. */
  long memoryBytes() {
    return (long) pages.length * Long.BYTES + (long) pageCount * (PAGE_MASK + 1) * Integer.BYTES;
  }

  private int[] newPage(int p) {
    int[] page;
    if (pageCount < FREE_PAGES || size >= pageCount * MIN_KEYS_PER_PAGE) {
      page = new int[PAGE_MASK + 1];
      pageCount++;
    } else {
      page = DECLINED;
    }
    pages[p] = page;
    return page;
  }
}
