package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.conformity.Finding;
import java.util.Iterator;
import java.util.List;

/**
 * Port: where the rows of each submission version and the findings of its conformity check are
 * kept. Written once through a {@link ContentWriter}, in one pass, then only read. Adapters store
 * rows in bulk (batched inserts, COPY), never as one object per cell.
 */
public interface ContentStore {

  /**
   * Opens a writer for a version's header, rows and findings. Nothing becomes visible before {@link
   * ContentWriter#commit()}; {@link ContentWriter#abort()} leaves no trace.
   */
  ContentWriter open(SubmissionId id, List<String> header);

  /**
   * Opens a writer appending rows and findings after the last ones committed for a version, for a
   * bulk import that stores its rows chunk by chunk and may restart after a crash. {@link
   * ContentWriter#abort()} discards only what this writer added.
   *
   * @throws IllegalStateException when nothing was stored for the version
   */
  ContentWriter append(SubmissionId id);

  /** The header of a stored version (empty when nothing is stored). */
  List<String> header(SubmissionId id);

  /** Number of stored rows. */
  long rowCount(SubmissionId id);

  /** Rows {@code [offset, offset+limit)} in upload order. */
  List<String[]> rows(SubmissionId id, long offset, int limit);

  /** A cursor over every row, in upload order; close it when done. */
  RowCursor cursor(SubmissionId id);

  /** Number of stored findings. */
  long findingCount(SubmissionId id);

  /** Findings {@code [offset, offset+limit)} in the order they were found. */
  List<Finding> findings(SubmissionId id, long offset, int limit);

  /** Writes one version's content. Not thread-safe: one writer per upload. */
  interface ContentWriter extends AutoCloseable {

    /** Appends a row. */
    void row(String[] cells);

    /** Appends a finding. */
    void finding(Finding finding);

    /** Makes everything written visible, atomically. */
    void commit();

    /** Discards everything written. */
    void abort();

    /** Aborts unless committed. */
    @Override
    void close();
  }

  /** Iterates rows without holding them all in memory. */
  interface RowCursor extends Iterator<String[]>, AutoCloseable {
    @Override
    void close();
  }
}
