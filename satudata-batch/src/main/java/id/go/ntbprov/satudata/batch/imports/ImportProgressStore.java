package id.go.ntbprov.satudata.batch.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code import_progress} table: one row per import, updated in the transaction of the step
 * that made the progress, so it never runs ahead of what is committed. JBatch's own metrics stay 0
 * until a step ends; this is what the API shows while a job runs.
 */
@ApplicationScoped
public class ImportProgressStore {

  /** Where an import stands. */
  public enum Status {
    /** Started, rows not yet all stored. */
    RUNNING,
    /** Stored, checked and recorded as a draft version. */
    COMPLETED,
    /** Stopped by an error; restartable. */
    FAILED
  }

  /** Which part of the work an import is in. */
  public enum Stage {
    /** Queued or reading the header. */
    OPENING,
    /** Reading the file and storing its rows, chunk by chunk. */
    STORING,
    /** Every row stored; the conformity check runs over them and records the version. */
    CHECKING,
    /** Recorded as a draft version. */
    DONE
  }

  /**
   * One import's progress as stored.
   *
   * @param percent share of the file read for the rows stored so far (CSV: bytes of the file; XLSX:
   *     bytes of the sheet's XML), rounded down; 100 once every row is stored
   * @param rowsRejected rows with at least one error finding, known when the check has run
   */
  public record Progress(
      String submission,
      String account,
      String fileId,
      String fileName,
      long fileSize,
      Status status,
      long executionId,
      long rowsRead,
      long rowsStored,
      int percent,
      Stage stage,
      long rowsRejected,
      long errors,
      long warnings,
      String message,
      Instant startedAt,
      Instant updatedAt) {}

  @Resource(lookup = "jdbc/satudata")
  DataSource dataSource;

  /**
   * Registers a new import; refuses (false) when one is already registered for that version, so two
   * imports never write the same version's rows.
   */
  public boolean register(
      String submission, String account, String fileId, String fileName, long fileSize) {
    Instant now = Instant.now();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into import_progress (submission_id, account_id, file_id, file_name,"
                    + " file_size, status, rows_read, rows_stored, errors, warnings, started_at,"
                    + " updated_at, percent_read, stage, rows_rejected)"
                    + " values (?, ?, ?, ?, ?, 'RUNNING', 0, 0, 0, 0, ?, ?, 0, 'OPENING', 0)")) {
      ps.setString(1, submission);
      ps.setString(2, account);
      ps.setString(3, fileId);
      ps.setString(4, fileName);
      ps.setLong(5, fileSize);
      ps.setTimestamp(6, Timestamp.from(now));
      ps.setTimestamp(7, Timestamp.from(now));
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw new IllegalStateException("register import " + submission, e);
    }
  }

  /** Records the execution now running the import. */
  public void running(String submission, long executionId) {
    update(
        "update import_progress set status = 'RUNNING', execution_id = ?, message = null,"
            + " updated_at = ? where submission_id = ?",
        ps -> {
          ps.setLong(1, executionId);
          ps.setTimestamp(2, Timestamp.from(Instant.now()));
          ps.setString(3, submission);
        });
  }

  /** The number style and the header's row, found when the header was read. */
  public void layout(String submission, String style, long headerRow) {
    update(
        "update import_progress set number_style = ?, header_row = ?, stage = 'STORING'"
            + " where submission_id = ?",
        ps -> {
          ps.setString(1, style);
          ps.setLong(2, headerRow);
          ps.setString(3, submission);
        });
  }

  /** The header's row in the file, as recorded (1 when unknown). */
  public long headerRow(String submission) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select header_row from import_progress where submission_id = ?")) {
      ps.setString(1, submission);
      try (ResultSet rs = ps.executeQuery()) {
        long row = rs.next() ? rs.getLong(1) : 0;
        return row < 1 ? 1 : row;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("read import progress " + submission, e);
    }
  }

  /** The number style recorded for an import, if any. */
  public Optional<String> numberStyle(String submission) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select number_style from import_progress where submission_id = ?")) {
      ps.setString(1, submission);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("read import progress " + submission, e);
    }
  }

  /** Rows read and stored so far and the percent read (called in the chunk's transaction). */
  public void rows(String submission, long read, long stored, int percent) {
    update(
        "update import_progress set rows_read = ?, rows_stored = ?, percent_read = ?,"
            + " updated_at = ? where submission_id = ?",
        ps -> {
          ps.setLong(1, read);
          ps.setLong(2, stored);
          ps.setInt(3, percent);
          ps.setTimestamp(4, Timestamp.from(Instant.now()));
          ps.setString(5, submission);
        });
  }

  /** Every row is stored: 100 percent read, the check begins. */
  public void checking(String submission) {
    update(
        "update import_progress set stage = 'CHECKING', percent_read = 100, updated_at = ?"
            + " where submission_id = ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(Instant.now()));
          ps.setString(2, submission);
        });
  }

  /** Rows with at least one error, found by the check (in the check's transaction). */
  public void rejected(String submission, long rows) {
    update(
        "update import_progress set rows_rejected = ?, stage = 'DONE' where submission_id = ?",
        ps -> {
          ps.setLong(1, rows);
          ps.setString(2, submission);
        });
  }

  /** The import ended: recorded, or failed with a message. */
  public void finished(String submission, Status status, long errors, long warnings, String msg) {
    update(
        "update import_progress set status = ?, errors = ?, warnings = ?, message = ?,"
            + " updated_at = ? where submission_id = ?",
        ps -> {
          ps.setString(1, status.name());
          ps.setLong(2, errors);
          ps.setLong(3, warnings);
          ps.setString(4, msg == null ? null : msg.substring(0, Math.min(msg.length(), 2000)));
          ps.setTimestamp(5, Timestamp.from(Instant.now()));
          ps.setString(6, submission);
        });
  }

  /** The progress of the import of a version. */
  public Optional<Progress> find(String submission) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select submission_id, account_id, file_id, file_name, file_size, status,"
                    + " execution_id, rows_read, rows_stored, errors, warnings, message,"
                    + " started_at, updated_at, percent_read, stage, rows_rejected"
                    + " from import_progress where submission_id = ?")) {
      ps.setString(1, submission);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Progress(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                Status.valueOf(rs.getString(6)),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getInt(15),
                rs.getString(16) == null ? Stage.OPENING : Stage.valueOf(rs.getString(16)),
                rs.getLong(17),
                rs.getLong(10),
                rs.getLong(11),
                rs.getString(12),
                rs.getTimestamp(13).toInstant(),
                rs.getTimestamp(14).toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("read import progress " + submission, e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("update import progress", e);
    }
  }
}
