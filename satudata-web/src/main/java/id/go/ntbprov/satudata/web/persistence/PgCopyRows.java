package id.go.ntbprov.satudata.web.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows of a version sent to PostgreSQL with {@code COPY … FROM STDIN} (text format) into {@code
 * submission_row_block}, a block of up to {@link RowBlocks#MAX_ROWS} rows per COPY line through
 * pgjdbc's {@link CopyManager}, on the writer's own connection — so inside the writer's (or the
 * caller's JTA) transaction, and rolled back with it.
 *
 * <p>Rows are encoded straight into a byte buffer (the {@link CellCodec} text, rows of a block
 * joined by {@link CellCodec#ROW_SEP}, COPY-escaped, UTF-8) that goes to the server every {@value
 * #SEND_BYTES} bytes, so the database stores rows while the next ones are read and encoded; a line
 * may span several sends. The {@code COPY} stays open until {@link #flush()}, which closes the open
 * block and which the writer calls before any other statement on the connection (a batch of
 * findings, the row count) and at commit; {@link #abandon()} drops an open one.
 *
 * <p>Only this class refers to the PostgreSQL driver: it is loaded when the database says it is
 * PostgreSQL, and {@link #open} answers null (the caller then inserts) when the connection cannot
 * be unwrapped to a {@link PGConnection} — a pool's wrapper that does not delegate {@code unwrap},
 * or a driver on another class loader.
 */
final class PgCopyRows {

  private static final Logger LOG = Logger.getLogger(PgCopyRows.class.getName());
  private static volatile boolean announced;

  /** Bytes buffered before they are sent into the open COPY. */
  static final int SEND_BYTES = 64 << 10;

  /** The row count last: it is known only when the block closes. */
  private static final String SQL =
      "COPY submission_row_block (content_id, first_row, cells, row_count) FROM STDIN";

  private final CopyManager copy;
  private final StringBuilder text = new StringBuilder(256);
  private byte[] buf = new byte[SEND_BYTES * 2];
  private int len;
  private int blockRows;
  private long blockChars;
  private long sent;
  private CopyIn open;

  private PgCopyRows(CopyManager copy) {
    this.copy = copy;
  }

  /**
   * The COPY path for a connection, or null when it cannot be had (the reason logged once as a
   * warning).
   */
  static PgCopyRows open(Connection connection) {
    try {
      PGConnection pg = connection.unwrap(PGConnection.class);
      PgCopyRows rows = new PgCopyRows(pg.getCopyAPI());
      if (!announced) {
        announced = true;
        LOG.info("Submission rows are written with PostgreSQL COPY FROM STDIN");
      }
      return rows;
    } catch (SQLException | RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "PostgreSQL COPY unavailable on this connection ({0}); rows are inserted in batches",
          e.toString());
      return null;
    }
  }

  /**
   * Adds a row (opening a block, or joining the open one); closes the block when it is full and
   * sends a COPY when the buffer is.
   */
  void row(long contentId, long rowNo, String[] cells) throws SQLException {
    ensure(48);
    if (blockRows == 0) {
      len = ascii(contentId, len);
      buf[len++] = '\t';
      len = ascii(rowNo, len);
      buf[len++] = '\t';
    } else {
      buf[len++] = (byte) CellCodec.ROW_SEP;
    }
    int cellsAt = len;
    if (!plainCells(cells)) {
      len = cellsAt;
      text.setLength(0);
      CellCodec.encodeInto(text, cells);
      ensure(text.length() * 3 + 2);
      len = escapeUtf8(text, len);
    }
    blockChars += len - cellsAt + 1;
    if (++blockRows == RowBlocks.MAX_ROWS || blockChars >= RowBlocks.MAX_CHARS) {
      endBlock();
    }
    if (len >= SEND_BYTES) {
      send();
    }
  }

  /** Ends the open block's line with its row count. */
  private void endBlock() {
    ensure(16);
    buf[len++] = '\t';
    len = ascii(blockRows, len);
    buf[len++] = '\n';
    blockRows = 0;
    blockChars = 0;
  }

  /**
   * The usual row, written in one pass: every cell present and printable ASCII without a backslash,
   * for which {@link CellCodec}'s text is the cells joined by its separator and COPY needs no
   * escape. False (part of the row written) for anything else.
   */
  private boolean plainCells(String[] cells) {
    if (cells.length == 0) {
      return false;
    }
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      if (cell == null) {
        return false;
      }
      int n = cell.length();
      ensure(n + 2);
      byte[] b = buf;
      int at = len;
      if (i > 0) {
        b[at++] = (byte) CellCodec.SEP;
      }
      for (int k = 0; k < n; k++) {
        char c = cell.charAt(k);
        if (c < 0x20 || c >= 0x7F || c == '\\') {
          return false;
        }
        b[at++] = (byte) c;
      }
      len = at;
    }
    return true;
  }

  /** True while a COPY is open on the connection (no other statement may run). */
  boolean active() {
    return open != null;
  }

  /** Closes the open block, sends what is buffered and ends the COPY: the connection is free. */
  void flush() throws SQLException {
    if (blockRows > 0) {
      endBlock();
    }
    if (len > 0) {
      send();
    }
    if (open != null) {
      CopyIn in = open;
      open = null;
      try {
        sent += in.endCopy();
      } finally {
        if (in.isActive()) {
          in.cancelCopy();
        }
      }
    }
  }

  /** Drops an open COPY and the buffer (the rows are not stored; the transaction then fails). */
  void abandon() {
    len = 0;
    blockRows = 0;
    blockChars = 0;
    if (open != null) {
      CopyIn in = open;
      open = null;
      try {
        if (in.isActive()) {
          in.cancelCopy();
        }
      } catch (SQLException e) {
        // The connection's transaction is rolled back or closed next anyway.
      }
    }
  }

  private void send() throws SQLException {
    if (open == null) {
      open = copy.copyIn(SQL);
    }
    open.writeToCopy(buf, 0, len);
    len = 0;
  }

  /** Blocks that COPY reported stored. */
  long sent() {
    return sent;
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }

  /** The decimal digits of {@code v} (not negative here: ids and row numbers). */
  private int ascii(long v, int at) {
    if (v < 0) {
      String text = Long.toString(v);
      for (int k = 0; k < text.length(); k++) {
        buf[at++] = (byte) text.charAt(k);
      }
      return at;
    }
    int digits = 1;
    for (long rest = v / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = at + digits;
    for (int k = end - 1; k >= at; k--) {
      buf[k] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    }
    return end;
  }

  /**
   * UTF-8 with COPY's text-format escapes for backslash, tab, line feed and carriage return.
   * Surrogates come in pairs here: {@link CellCodec} escapes lone ones.
   */
  private int escapeUtf8(CharSequence s, int at) {
    byte[] b = buf;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> {
            b[at++] = '\\';
            b[at++] = '\\';
          }
          case '\t' -> {
            b[at++] = '\\';
            b[at++] = 't';
          }
          case '\n' -> {
            b[at++] = '\\';
            b[at++] = 'n';
          }
          case '\r' -> {
            b[at++] = '\\';
            b[at++] = 'r';
          }
          default -> b[at++] = (byte) c;
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[at++] = (byte) (0xF0 | (cp >> 18));
        b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return at;
  }
}
