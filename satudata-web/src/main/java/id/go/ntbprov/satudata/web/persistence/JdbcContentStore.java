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
 * content_id} from {@code content_seq}), one row per data row in {@code submission_row} (cells
 * encoded into one text column by {@link CellCodec}), findings in {@code submission_finding}; both
 * keyed by {@code (content_id, number)} with numbers 1, 2, 3 ... in writing order, so a page is a
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

  /** Rows fetched per round trip by a cursor. */
  static final int FETCH_SIZE = 1000;

  private static final String CONTENT_ID =
      "select content_id, header, row_count, finding_count from submission_content"
          + " where submission_id = ?";

  private final DataSource dataSource;

  /**
   * @param dataSource the application's data source (the JTA one in the server); for PostgreSQL set
   *     {@code reWriteBatchedInserts=true} on it for the fastest bulk inserts
   */
  public JdbcContentStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public ContentWriter open(SubmissionId id, List<String> header) {
    try {
      return new JdbcContentWriter(dataSource.getConnection(), id.toString(), List.copyOf(header));
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

  @Override
  public List<String[]> rows(SubmissionId id, long offset, int limit) {
    List<String[]> out = new ArrayList<>();
    page(
        id,
        "select r.cells from submission_row r join submission_content c"
            + " on c.content_id = r.content_id where c.submission_id = ?"
            + " and r.row_no > ? and r.row_no <= ? order by r.row_no",
        offset,
        limit,
        rs -> out.add(CellCodec.decode(rs.getString(1))));
    return out;
  }

  @Override
  public List<Finding> findings(SubmissionId id, long offset, int limit) {
    List<Finding> out = new ArrayList<>();
    page(
        id,
        "select f.severity, f.rule_name, f.row_no, f.column_index, f.column_name, f.cell_value,"
            + " f.args from submission_finding f join submission_content c"
            + " on c.content_id = f.content_id where c.submission_id = ?"
            + " and f.finding_no > ? and f.finding_no <= ? order by f.finding_no",
        offset,
        limit,
        rs ->
            out.add(
                new Finding(
                    Severity.valueOf(rs.getString(1)),
                    CheckRule.valueOf(rs.getString(2)),
                    rs.getLong(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
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

  private record Header(List<String> header, long rows, long findings) {}

  private Header header(String submissionId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(CONTENT_ID)) {
      ps.setString(1, submissionId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Header(CellCodec.decodeList(rs.getString(2)), rs.getLong(3), rs.getLong(4));
      }
    } catch (SQLException e) {
      throw failure("read content of " + submissionId, e);
    }
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /** Numbers start at 1: {@code [offset, offset+limit)} is {@code (offset, offset+limit]}. */
  private void page(SubmissionId id, String sql, long offset, int limit, RowReader reader) {
    if (limit <= 0) {
      return;
    }
    long from = Math.max(0, offset);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id.toString());
      ps.setLong(2, from);
      ps.setLong(3, from + limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
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
