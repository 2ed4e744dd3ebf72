package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.conformity.Severity;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link ContentStore} in plain JDBC: a header row in {@code submission_content} (numeric {@code
 * content_id} from {@code content_seq}), the data rows in blocks of consecutive rows in {@code
 * submission_row_block} ({@link RowBlocks}: each row's cells encoded into one text by {@link
 * CellCodec}), findings in {@code submission_finding}; both keyed by {@code (content_id, number)}
 * with numbers 1, 2, 3 ... in writing order (a block by its first row's), so a page is a
 * primary-key range scan rather than an {@code OFFSET}.
 *
 * <p>Connections come from the data source per call; only an open writer or cursor holds one. In
 * the server, inside a JTA transaction, that is the transaction's connection, and what a writer
 * commits becomes visible with the transaction. Outside one (autocommit on) the writer and the
 * cursor run their own local transaction. Failures are {@link PersistenceException}s.
 */
public final class JdbcContentStore implements ContentStore {

  /** Rows (or findings) per JDBC batch. */
  static final int BATCH_SIZE = 1000;

  /** Row blocks fetched per round trip by a cursor (up to a thousand rows each). */
  static final int FETCH_SIZE = 8;

  private static final String CONTENT_ID =
      "select content_id, header, row_count, finding_count from submission_content"
          + " where submission_id = ?";

  private final DataSource dataSource;
  private final boolean copy;

  /**
   * @param dataSource the application's data source (the JTA one in the server); on PostgreSQL rows
   *     are written with {@code COPY}, findings in batches (set {@code reWriteBatchedInserts=true}
   *     on it for those, and for the rows when COPY cannot be used)
   */
  public JdbcContentStore(DataSource dataSource) {
    this(dataSource, true);
  }

  /** With {@code copy} false, rows are inserted in batches on PostgreSQL too (tests). */
  JdbcContentStore(DataSource dataSource, boolean copy) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.copy = copy;
  }

  @Override
  public ContentWriter append(SubmissionId id) {
    try {
      return new JdbcContentWriter(dataSource.getConnection(), id.toString(), null, copy);
    } catch (SQLException e) {
      throw failure("append to content of " + id, e);
    }
  }

  @Override
  public ContentWriter open(SubmissionId id, List<String> header) {
    try {
      return new JdbcContentWriter(
          dataSource.getConnection(),
          id.toString(),
          List.copyOf(Objects.requireNonNull(header)),
          copy);
    } catch (SQLException e) {
      throw failure("open content of " + id, e);
    }
  }

  @Override
  public List<String> header(SubmissionId id) {
    Header h = header(id.toString());
    return h == null ? List.of() : h.header();
  }

  @Override
  public long rowCount(SubmissionId id) {
    Header h = header(id.toString());
    return h == null ? 0 : h.rows();
  }

  @Override
  public long findingCount(SubmissionId id) {
    Header h = header(id.toString());
    return h == null ? 0 : h.findings();
  }

  /**
   * The blocks holding rows {@code (offset, offset+limit]}: those starting at most {@link
   * RowBlocks#MAX_ROWS} rows before it (a key range), the rows outside it skipped.
   */
  @Override
  public List<String[]> rows(SubmissionId id, long offset, int limit) {
    List<String[]> out = new ArrayList<>();
    if (limit <= 0) {
      return out;
    }
    long from = Math.max(0, offset) + 1;
    long to = from + limit - 1;
    page(
        id,
        "select first_row, row_count, cells from submission_row_block where content_id = ?"
            + " and first_row > ? and first_row <= ? order by first_row",
        from - RowBlocks.MAX_ROWS,
        to,
        rs -> RowBlocks.decode(rs.getString(3), rs.getLong(1), rs.getInt(2), from, to, out::add));
    return out;
  }

  @Override
  public List<Finding> findings(SubmissionId id, long offset, int limit) {
    List<Finding> out = new ArrayList<>();
    if (limit <= 0) {
      return out;
    }
    long from = Math.max(0, offset);
    page(
        id,
        "select severity, rule_name, row_no, column_index, column_name, cell_value, args"
            + " from submission_finding where content_id = ?"
            + " and finding_no > ? and finding_no <= ? order by finding_no",
        from,
        from + limit,
        rs ->
            out.add(
                new Finding(
                    Severity.valueOf(rs.getString(1)),
                    CheckRule.valueOf(rs.getString(2)),
                    rs.getLong(3),
                    rs.getInt(4),
                    CellCodec.decodeText(rs.getString(5)),
                    CellCodec.decodeText(rs.getString(6)),
                    CellCodec.decodeList(rs.getString(7)))));
    return out;
  }

  @Override
  public RowCursor cursor(SubmissionId id) {
    try {
      return new JdbcRowCursor(dataSource.getConnection(), id.toString());
    } catch (SQLException e) {
      throw failure("read rows of " + id, e);
    }
  }

  record Header(long contentId, List<String> header, long rows, long findings) {}

  private Header header(String submissionId) {
    try (Connection c = dataSource.getConnection()) {
      return header(c, submissionId);
    } catch (SQLException e) {
      throw failure("read content of " + submissionId, e);
    }
  }

  /**
   * The header row of a version, or null. Rows and findings are then read by {@code content_id}
   * alone: a primary-key range, which a join on the submission id does not always get (H2 scans).
   */
  static Header header(Connection c, String submissionId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(CONTENT_ID)) {
      ps.setString(1, submissionId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Header(
            rs.getLong(1), CellCodec.decodeList(rs.getString(2)), rs.getLong(3), rs.getLong(4));
      }
    }
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code sql} with the version's content id and the bounds {@code (after, upTo]} of its
   * numbers (which start at 1: the page {@code [offset, offset+limit)} is {@code (offset,
   * offset+limit]}).
   */
  private void page(SubmissionId id, String sql, long after, long upTo, RowReader reader) {
    try (Connection c = dataSource.getConnection()) {
      Header h = header(c, id.toString());
      if (h == null) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, h.contentId());
        ps.setLong(2, after);
        ps.setLong(3, upTo);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
    } catch (SQLException e) {
      throw failure("read content of " + id, e);
    }
  }

  static PersistenceException failure(String what, SQLException e) {
    return new PersistenceException("could not " + what + ": " + e.getMessage(), e);
  }
}
