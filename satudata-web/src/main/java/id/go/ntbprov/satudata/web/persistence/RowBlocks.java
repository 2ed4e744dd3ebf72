package id.go.ntbprov.satudata.web.persistence;

import java.util.function.Consumer;

/**
 * How a version's rows are kept: in blocks of consecutive rows, one database row per block in
 * {@code submission_row_block (content_id, first_row, row_count, cells)}, the block's rows encoded
 * by {@link CellCodec} and joined by {@link CellCodec#ROW_SEP} (which the codec escapes inside a
 * cell).
 *
 * <p>Why blocks: a million uploaded rows as a million table rows cost PostgreSQL a heap tuple, a
 * primary-key entry and a WAL record each — measured, 1.6 s of the database's CPU per million rows
 * of ten columns, more than {@code \copy} of the same file into a plain table. As a thousand blocks
 * of a thousand rows they are a thousand compressed TOAST values: 0.5 s, and a fifth of the disk
 * (180 MB against 37 MB with {@code lz4}). A page of rows reads the one or two blocks that hold it.
 *
 * <p>A block never spans two commits of a writer (a restarted import appends after the last
 * committed row, a rolled-back chunk takes its blocks with it), holds at most {@link #MAX_ROWS}
 * rows, and is closed early once its text passes {@link #MAX_CHARS}. Rows copied from the former
 * one-row-per-row table are blocks of one row, read whole, so a separator that the former codec
 * left unescaped inside one of them stays text.
 */
final class RowBlocks {

  /** Rows per block at most; a reader looks back this far for the block holding a row. */
  static final int MAX_ROWS = 1000;

  /**
   * Text per block (characters; UTF-8 bytes where rows are copied) after which the block is closed
   * whatever its row count.
   */
  static final int MAX_CHARS = 1 << 20;

  private RowBlocks() {}

  /**
   * Passes the rows {@code from} to {@code to} (row numbers, inclusive) of a block to {@code sink},
   * decoded; rows of the block outside that range are skipped without being decoded.
   *
   * @param firstRow the number of the block's first row
   * @param rowCount the number of rows in the block
   */
  static void decode(
      String cells, long firstRow, int rowCount, long from, long to, Consumer<String[]> sink) {
    long last = firstRow + rowCount - 1;
    if (rowCount == 1) {
      if (firstRow >= from && firstRow <= to) {
        sink.accept(CellCodec.decode(cells));
      }
      return;
    }
    int start = 0;
    for (long row = firstRow; row <= last && row <= to; row++) {
      int end = row == last ? cells.length() : cells.indexOf(CellCodec.ROW_SEP, start);
      if (end < 0) {
        throw new IllegalStateException(
            "the block of rows from " + firstRow + " holds fewer than its " + rowCount + " rows");
      }
      if (row >= from) {
        sink.accept(CellCodec.decode(cells.substring(start, end)));
      }
      start = end + 1;
    }
  }
}
