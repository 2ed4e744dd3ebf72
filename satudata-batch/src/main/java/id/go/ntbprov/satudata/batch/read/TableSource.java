package id.go.ntbprov.satudata.batch.read;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A producer's table being read: its header, then its data rows one at a time, never all in memory.
 * Opened by {@link TableReaders#open}; close it when done.
 *
 * <p><b>Row numbers</b> are the ones the user sees: in a CSV the line where the record starts (a
 * quoted cell spanning lines makes the next record start lines later), in an XLSX the row number
 * Excel shows. The header's number is where it was found (below any title rows).
 *
 * <p><b>Rows.</b> Cells are kept exactly as written: no trimming, no evaluation; a cell starting
 * with {@code =} stays text (use {@link CellSafety#neutralise} when exporting). A CSV row has the
 * fields its line has (a short row stays short, so the check can report it); an XLSX row is padded
 * with empty cells to the header's width. Blank rows between data rows are returned as empty
 * arrays, so that the n-th row returned is the n-th row below the header; blank rows at the end are
 * not returned. {@link #next()} may throw a {@link ReadException} (a broken quote further down a
 * CSV): the caller's transaction must then roll back.
 */
public interface TableSource extends Iterator<String[]>, AutoCloseable {

  /** The column names of the header row, trimmed, without trailing empty names. */
  List<String> header();

  /** The number of the header row (CSV line or Excel row). */
  long headerRowNumber();

  /** The number of the row last returned by {@link #next()}, 0 before the first. */
  long rowNumber();

  /** How decimals are written: declared, else detected (CSV) or dot-decimal (XLSX). */
  NumberStyle numberStyle();

  /** What number-style detection saw; empty when the style was declared or the file is XLSX. */
  Optional<NumberStyleEvidence> numberStyleEvidence();

  /** The format found from the file's first bytes. */
  Format format();

  /** The CSV's charset (declared or detected); empty for XLSX. */
  Optional<Charset> charset();

  /** The CSV's delimiter (declared or detected); empty for XLSX. */
  Optional<Delimiter> delimiter();

  /** The XLSX sheet being read; empty for CSV. */
  Optional<String> sheetName();

  /** The file's name as the user knows it. */
  String fileName();

  /**
   * How far into its input the reader is, 0 to 1, for progress: for a CSV the characters parsed (as
   * bytes: exact for ASCII and single-byte text, a little behind for text with many multi-byte
   * characters) of the file's size; for an XLSX the bytes of the sheet's XML (uncompressed) read by
   * the XML parser, ahead of the rows by its buffer; both measured where the row last returned by
   * {@link #next()} was read (not where the look-ahead is). 1 at the end; NaN when the size is
   * unknown.
   */
  default double fractionRead() {
    return Double.NaN;
  }

  /** Closes the file; never throws. */
  @Override
  void close();

  /**
   * The core's view of this table, for {@code Collection.upload}: the rows are this source's
   * remaining rows, read once. The core numbers rows from 2 below a header at row 1; use {@link
   * #rowNumber()} where file positions must be exact (title rows above the header, quoted cells
   * spanning lines).
   */
  default UploadedTable toUploadedTable(Optional<FileRef> original) {
    return new UploadedTable(header(), this, numberStyle(), original);
  }
}
