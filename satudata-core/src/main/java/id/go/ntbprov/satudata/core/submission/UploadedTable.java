package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.file.FileRef;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A table as read from a producer's file (CSV or spreadsheet, parsed by an adapter): header, rows
 * streamed once, the number style of its cells and the stored original.
 *
 * @param header the column names of the first row
 * @param rows the data rows, read once and never held together
 * @param numberStyle how decimals are written in the file
 * @param original the uploaded original, already in the file store
 */
public record UploadedTable(
    List<String> header,
    Iterator<String[]> rows,
    NumberStyle numberStyle,
    Optional<FileRef> original) {

  /** Replaces nulls by defaults. */
  public UploadedTable {
    header = List.copyOf(header == null ? List.of() : header);
    rows = rows == null ? java.util.Collections.emptyIterator() : rows;
    numberStyle = numberStyle == null ? NumberStyle.DOT_DECIMAL : numberStyle;
    original = original == null ? Optional.empty() : original;
  }

  /** A table of in-memory rows (tests, small embeddings). */
  public static UploadedTable of(List<String> header, List<String[]> rows) {
    return new UploadedTable(header, rows.iterator(), NumberStyle.DOT_DECIMAL, Optional.empty());
  }
}
