package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.submission.ContentStore.RowCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;

/**
 * Streams a version's rows through one forward-only, read-only result set fetching {@link
 * JdbcContentStore#FETCH_SIZE} rows per round trip. PostgreSQL honours a fetch size only outside
 * autocommit, so on an autocommit connection the cursor opens its own read-only transaction. It
 * closes itself after the last row; close it early when stopping before.
 */
final class JdbcRowCursor implements RowCursor {

  private final Connection connection;
  private final boolean ownTransaction;
  private PreparedStatement statement;
  private ResultSet rows;
  private Boolean hasNext;
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
              "select cells from submission_row where content_id = ? order by row_no",
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
    if (closed) {
      return false;
    }
    if (hasNext == null) {
      try {
        hasNext = rows.next();
      } catch (SQLException e) {
        close();
        throw JdbcContentStore.failure("read the next row", e);
      }
      if (!hasNext) {
        close();
      }
    }
    return hasNext;
  }

  @Override
  public String[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    hasNext = null;
    try {
      return CellCodec.decode(rows.getString(1));
    } catch (SQLException e) {
      close();
      throw JdbcContentStore.failure("read a row", e);
    }
  }

  @Override
  public void close() {
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
