package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.submission.ContentStore.RowCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;

/**
 * Streams a version's rows through one forward-only, read-only result set of its row blocks ({@link
 * RowBlocks}), fetching {@link JdbcContentStore#FETCH_SIZE} blocks per round trip and decoding one
 * block's rows at a time. PostgreSQL honours a fetch size only outside autocommit, so on an
 * autocommit connection the cursor opens its own read-only transaction. It closes itself after the
 * last row; close it early when stopping before.
 */
final class JdbcRowCursor implements RowCursor {

  private final Connection connection;
  private final boolean ownTransaction;
  private PreparedStatement statement;
  private ResultSet rows;
  private final ArrayDeque<String[]> block = new ArrayDeque<>();
  private boolean closed;

  JdbcRowCursor(Connection connection, String submissionId) throws SQLException {
    this.connection = connection;
    boolean own = false;
    try {
      own = connection.getAutoCommit();
      if (own) {
        connection.setAutoCommit(false);
      }
      JdbcContentStore.Header header = JdbcContentStore.header(connection, submissionId);
      statement =
          connection.prepareStatement(
              "select first_row, row_count, cells from submission_row_block"
                  + " where content_id = ? order by first_row",
              ResultSet.TYPE_FORWARD_ONLY,
              ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(JdbcContentStore.FETCH_SIZE);
      statement.setLong(1, header == null ? -1 : header.contentId());
      rows = statement.executeQuery();
    } catch (SQLException e) {
      this.ownTransaction = own;
      close();
      throw e;
    }
    this.ownTransaction = own;
  }

  @Override
  public boolean hasNext() {
    if (!block.isEmpty()) {
      return true;
    }
    if (closed) {
      return false;
    }
    try {
      while (block.isEmpty() && rows.next()) {
        RowBlocks.decode(
            rows.getString(3),
            rows.getLong(1),
            rows.getInt(2),
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            block::add);
      }
    } catch (SQLException e) {
      close();
      throw JdbcContentStore.failure("read the next rows", e);
    }
    if (block.isEmpty()) {
      close();
      return false;
    }
    return true;
  }

  @Override
  public String[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return block.poll();
  }

  @Override
  public void close() {
    block.clear();
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (rows != null) {
        rows.close();
      }
      if (statement != null) {
        statement.close();
      }
      if (ownTransaction) {
        connection.rollback(); // read only: nothing to undo, but the transaction must end
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // Closing: the connection goes back regardless.
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // Nothing more can be done about a connection that will not close.
      }
    }
  }
}
