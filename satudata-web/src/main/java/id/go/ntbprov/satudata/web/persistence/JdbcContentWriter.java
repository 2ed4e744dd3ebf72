package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.ContentStore.ContentWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes one submission version's content through one connection: rows in blocks ({@link
 * RowBlocks}), on PostgreSQL by {@code COPY … FROM STDIN} ({@link PgCopyRows}), elsewhere (H2), or
 * when the connection cannot be unwrapped to pgjdbc's, inserted in JDBC batches; findings always in
 * batches of {@link JdbcContentStore#BATCH_SIZE}. Both run on the writer's connection, so inside
 * the same transaction.
 *
 * <p>Who ends the transaction: when the connection came with autocommit on (no surrounding
 * transaction), this writer turns it off and commits or rolls back itself; otherwise (a JTA or
 * caller-managed transaction) {@link #commit()} only flushes, and {@link #abort()} deletes what was
 * written, leaving the transaction to its owner.
 */
final class JdbcContentWriter implements ContentWriter {

  /** Blocks per insert batch (when rows are not copied): at most a few MB of text. */
  private static final int BLOCKS_PER_BATCH = 4;

  private final Connection connection;
  private final boolean ownTransaction;
  private final String submissionId;
  private long contentId;
  private PreparedStatement blockInsert;
  private final StringBuilder block = new StringBuilder();
  private int blockRows;
  private PgCopyRows rowCopy;
  private PreparedStatement findingInsert;
  private long rows;
  private long findings;
  private int pendingBlocks;
  private int pendingFindings;
  private boolean done;
  private final boolean appending;
  private long rowsBefore;
  private long findingsBefore;

  /**
   * Opens a writer: with a header, for new content (replacing any left by a failed attempt); with
   * {@code header == null}, appending to the committed content of {@code submissionId} after its
   * last row and finding (a restarted bulk import).
   */
  JdbcContentWriter(
      Connection connection, String submissionId, List<String> header, boolean copyIfPostgres)
      throws SQLException {
    this.connection = connection;
    this.submissionId = submissionId;
    this.appending = header == null;
    boolean own = false;
    try {
      own = connection.getAutoCommit();
      if (own) {
        connection.setAutoCommit(false);
      }
      if (appending) {
        openExisting();
      } else {
        // Content is written once per version: a second writer for the same version (a bulk
        // import holding that number, a racing upload) must not replace the first's rows.
        try (PreparedStatement ps =
            connection.prepareStatement(
                "select count(*) from submission_content where submission_id = ?")) {
          ps.setString(1, submissionId);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              throw new RuleViolation(Rule.DUPLICATE_IDENTIFIER, "submission", submissionId);
            }
          }
        }
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("select nextval('content_seq')")) {
          rs.next();
          contentId = rs.getLong(1);
        }
        try (PreparedStatement ps =
            connection.prepareStatement(
                "insert into submission_content (content_id, submission_id, header, row_count,"
                    + " finding_count) values (?, ?, ?, 0, 0)")) {
          ps.setLong(1, contentId);
          ps.setString(2, submissionId);
          ps.setString(3, CellCodec.encode(header));
          ps.executeUpdate();
        }
      }
      if (copyIfPostgres && isPostgres(connection)) {
        rowCopy = PgCopyRows.open(connection);
      }
      if (rowCopy == null) {
        blockInsert =
            connection.prepareStatement(
                "insert into submission_row_block (content_id, first_row, row_count, cells)"
                    + " values (?, ?, ?, ?)");
      }
      findingInsert =
          connection.prepareStatement(
              "insert into submission_finding (content_id, finding_no, severity, rule_name,"
                  + " row_no, column_index, column_name, cell_value, args)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    } catch (SQLException | RuntimeException e) {
      this.ownTransaction = own;
      contentId = appending ? contentId : 0; // nothing of ours to delete
      release(true);
      throw e;
    }
    this.ownTransaction = own;
  }

  @Override
  public void row(String[] cells) {
    requireOpen();
    try {
      if (rowCopy != null) {
        rowCopy.row(contentId, ++rows, cells);
        return;
      }
      rows++;
      if (blockRows > 0) {
        block.append(CellCodec.ROW_SEP);
      }
      CellCodec.encodeInto(block, cells);
      if (++blockRows == RowBlocks.MAX_ROWS || block.length() >= RowBlocks.MAX_CHARS) {
        endBlock();
      }
    } catch (SQLException e) {
      throw fail("write a row", e);
    }
  }

  /** Adds the open block to the insert batch; sends the batch every few blocks. */
  private void endBlock() throws SQLException {
    if (blockRows == 0) {
      return;
    }
    blockInsert.setLong(1, contentId);
    blockInsert.setLong(2, rows - blockRows + 1);
    blockInsert.setInt(3, blockRows);
    blockInsert.setString(4, block.toString());
    blockInsert.addBatch();
    block.setLength(0);
    blockRows = 0;
    if (++pendingBlocks == BLOCKS_PER_BATCH) {
      blockInsert.executeBatch();
      pendingBlocks = 0;
    }
  }

  @Override
  public void finding(Finding f) {
    requireOpen();
    try {
      findingInsert.setLong(1, contentId);
      findingInsert.setLong(2, ++findings);
      findingInsert.setString(3, f.severity().name());
      findingInsert.setString(4, f.rule().name());
      findingInsert.setLong(5, f.row());
      findingInsert.setInt(6, f.columnIndex());
      findingInsert.setString(7, CellCodec.encodeText(f.column()));
      findingInsert.setString(8, CellCodec.encodeText(f.value()));
      findingInsert.setString(9, CellCodec.encode(f.args()));
      findingInsert.addBatch();
      if (++pendingFindings == JdbcContentStore.BATCH_SIZE) {
        endCopy();
        findingInsert.executeBatch();
        pendingFindings = 0;
      }
    } catch (SQLException e) {
      throw fail("write a finding", e);
    }
  }

  @Override
  public void commit() {
    requireOpen();
    try {
      if (rowCopy != null) {
        endCopy();
      } else {
        endBlock();
        if (pendingBlocks > 0) {
          blockInsert.executeBatch();
        }
      }
      if (pendingFindings > 0) {
        findingInsert.executeBatch();
      }
      try (PreparedStatement ps =
          connection.prepareStatement(
              "update submission_content set row_count = ?, finding_count = ?"
                  + " where content_id = ?")) {
        ps.setLong(1, rows);
        ps.setLong(2, findings);
        ps.setLong(3, contentId);
        ps.executeUpdate();
      }
      if (ownTransaction) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw fail("commit content", e);
    }
    release(false);
  }

  @Override
  public void abort() {
    if (done) {
      return;
    }
    release(true);
  }

  @Override
  public void close() {
    if (!done) {
      abort();
    }
  }

  private void openExisting() throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select content_id, row_count, finding_count from submission_content"
                + " where submission_id = ?")) {
      ps.setString(1, submissionId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no content stored for " + submissionId, "02000");
        }
        contentId = rs.getLong(1);
        rows = rowsBefore = rs.getLong(2);
        findings = findingsBefore = rs.getLong(3);
      }
    }
  }

  /** Ends an open COPY so that the connection can run other statements. */
  private void endCopy() throws SQLException {
    if (rowCopy != null) {
      rowCopy.flush();
    }
  }

  /** How rows are written: {@code "COPY"} or {@code "INSERT"} (for tests and logs). */
  String rowPath() {
    return rowCopy != null ? "COPY" : "INSERT";
  }

  private static boolean isPostgres(Connection c) throws SQLException {
    return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
  }

  private void requireOpen() {
    if (done) {
      throw new IllegalStateException(
          "content of " + submissionId + " already committed or aborted");
    }
  }

  private RuntimeException fail(String what, SQLException e) {
    RuntimeException failure = JdbcContentStore.failure(what + " of " + submissionId, e);
    try {
      release(true);
    } catch (RuntimeException undo) {
      failure.addSuppressed(undo); // the first failure is the one to report
    }
    return failure;
  }

  /** Ends the writer: undoes its writes if asked, then gives the connection back. */
  private void release(boolean undo) {
    done = true;
    try {
      closeQuietly(blockInsert);
      closeQuietly(findingInsert);
      if (rowCopy != null && rowCopy.active()) {
        if (undo && !ownTransaction) {
          // The caller's transaction goes on: end the COPY normally, then delete what it wrote.
          rowCopy.flush();
        } else {
          rowCopy.abandon(); // rolled back below
        }
      }
      if (undo) {
        if (ownTransaction) {
          connection.rollback();
        } else if (appending) {
          deleteAppended();
        } else if (contentId != 0) {
          deleteContent(connection, submissionId);
        }
      }
      if (ownTransaction) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw JdbcContentStore.failure("discard content of " + submissionId, e);
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // Nothing is left to undo: the work is committed or rolled back.
      }
    }
  }

  /** Undoes an append inside a caller's transaction: only what this writer added. */
  private void deleteAppended() throws SQLException {
    try (PreparedStatement r =
            connection.prepareStatement(
                "delete from submission_row_block where content_id = ? and first_row > ?");
        PreparedStatement f =
            connection.prepareStatement(
                "delete from submission_finding where content_id = ? and finding_no > ?")) {
      r.setLong(1, contentId);
      r.setLong(2, rowsBefore);
      r.executeUpdate();
      f.setLong(1, contentId);
      f.setLong(2, findingsBefore);
      f.executeUpdate();
    }
  }

  static void deleteContent(Connection c, String submissionId) throws SQLException {
    for (String table : List.of("submission_row_block", "submission_finding")) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "delete from "
                  + table
                  + " where content_id in (select content_id from submission_content"
                  + " where submission_id = ?)")) {
        ps.setString(1, submissionId);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("delete from submission_content where submission_id = ?")) {
      ps.setString(1, submissionId);
      ps.executeUpdate();
    }
  }

  private static void closeQuietly(Statement s) {
    if (s == null) {
      return;
    }
    try {
      s.close();
    } catch (SQLException e) {
      // The connection is about to be rolled back or closed anyway.
    }
  }
}
