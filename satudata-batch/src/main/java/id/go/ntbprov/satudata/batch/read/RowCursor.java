package id.go.ntbprov.satudata.batch.read;

/**
 * A format's raw rows, in file order, for {@link StreamingTableSource}. The array returned by
 * {@link #cells()} belongs to the caller.
 */
interface RowCursor extends AutoCloseable {

  /** Moves to the next row; false at the end. Throws {@link ReadException} on broken input. */
  boolean advance();

  /** The row's position counting every physical row (CSV record, Excel row), from 1. */
  long ordinal();

  /** The row's number as the user sees it (CSV line where the record starts, Excel row). */
  long number();

  /** The row's cells. */
  String[] cells();

  /**
   * The share of the input consumed so far, 0 to 1 (raw bytes read, so ahead of the current row by
   * the read-ahead buffers); NaN when the input's size is unknown.
   */
  default double fractionRead() {
    return Double.NaN;
  }

  @Override
  void close();
}
