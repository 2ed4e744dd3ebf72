package id.go.ntbprov.satudata.web.catalog;

/**
 * Ordering of {@code int} keys (dataset positions) by a comparator, without boxing: a stable merge
 * sort and the selection of the first {@code k} in order with a bounded heap.
 */
final class IntSort {

  /** A comparison of two positions. */
  @FunctionalInterface
  interface Order {
    int compare(int a, int b);
  }

  private IntSort() {}

  /** Sorts {@code a[0..n)} in place (stable). */
  static void sort(int[] a, int n, Order order) {
    if (n < 2) {
      return;
    }
    int[] tmp = new int[n];
    mergeSort(a, tmp, 0, n, order);
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, Order order) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && order.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, order);
    mergeSort(a, tmp, mid, to, order);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && order.compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /**
   * The first {@code k} of {@code a[0..n)} in order (a bounded max-heap: n log k), as a new array
   * of length {@code min(k, n)}.
   */
  static int[] first(int[] a, int n, int k, Order order) {
    int size = Math.min(k, n);
    if (size <= 0) {
      return new int[0];
    }
    if (size * 8L >= n) {
      int[] all = java.util.Arrays.copyOf(a, n);
      sort(all, n, order);
      return java.util.Arrays.copyOf(all, size);
    }
    int[] heap = new int[size];
    int filled = 0;
    for (int i = 0; i < n; i++) {
      int x = a[i];
      if (filled < size) {
        heap[filled] = x;
        siftUp(heap, filled++, order);
      } else if (order.compare(x, heap[0]) < 0) {
        heap[0] = x;
        siftDown(heap, size, order);
      }
    }
    sort(heap, size, order);
    return heap;
  }

  private static void siftUp(int[] heap, int i, Order order) {
    int x = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (order.compare(heap[parent], x) >= 0) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = x;
  }

  private static void siftDown(int[] heap, int size, Order order) {
    int x = heap[0];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && order.compare(heap[child + 1], heap[child]) > 0) {
        child++;
      }
      if (order.compare(heap[child], x) <= 0) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = x;
  }
}
