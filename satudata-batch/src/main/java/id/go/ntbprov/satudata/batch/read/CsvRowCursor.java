package id.go.ntbprov.satudata.batch.read;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rows through Apache Commons CSV (RFC 4180 quoting: doubled quotes, delimiters and line breaks
 * inside quotes). Empty lines come through as records so that record positions stay those of the
 * file. A record's number is the line where it starts: one more than the line count after the
 * previous record.
 *
 * <p>A quote that is never closed would make the parser gather the rest of the file into one field;
 * a guard on the reader stops any record at {@value #MAX_RECORD_CHARS} characters.
 */
final class CsvRowCursor implements RowCursor {

  /** Longest record accepted: far above any real row, far below the heap. */
  static final int MAX_RECORD_CHARS = 1_000_000;

  private final String fileName;
  private final long fileSize;
  private final int bytesPerChar;
  private long charsBefore; // characters before the current record
  private final GuardReader guard;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long endLine;
  private long ordinal;
  private long number;
  private String[] cells;

  CsvRowCursor(Path file, int bomLength, Charset charset, Delimiter delimiter, String fileName)
      throws IOException {
    this.fileName = fileName;
    fileSize = Files.size(file) - bomLength;
    bytesPerChar = charset.name().startsWith("UTF-16") ? 2 : 1;
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in.skipNBytes(bomLength);
      guard = new GuardReader(new InputStreamReader(in, charset));
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter.character())
              .setIgnoreEmptyLines(false)
              .get();
      parser = CSVParser.parse(guard, format);
      records = parser.iterator();
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public boolean advance() {
    long start = endLine + 1;
    guard.allow(MAX_RECORD_CHARS);
    try {
      if (!records.hasNext()) {
        return false;
      }
      CSVRecord record = records.next();
      charsBefore = record.getCharacterPosition();
      ordinal = record.getRecordNumber();
      number = start;
      endLine = parser.getCurrentLineNumber();
      cells = record.values();
      return true;
    } catch (UncheckedIOException | IllegalStateException e) {
      if (guard.exceeded) {
        throw new ReadException(
            ReadProblem.CSV_RECORD_TOO_LONG, fileName, start, null, MAX_RECORD_CHARS);
      }
      throw new ReadException(ReadProblem.CSV_MALFORMED, fileName, start, null);
    }
  }

  @Override
  public long ordinal() {
    return ordinal;
  }

  @Override
  public long number() {
    return number;
  }

  @Override
  public String[] cells() {
    return cells;
  }

  /**
   * Characters before the current record, as bytes, of the file's size: exact for ASCII and
   * single-byte text, a little behind for text with many multi-byte UTF-8 characters.
   */
  @Override
  public double fractionRead() {
    return fileSize <= 0
        ? Double.NaN
        : Math.min(1.0, charsBefore * (double) bytesPerChar / fileSize);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // Read-only file: nothing to flush, nothing to report.
    }
  }

  /** Counts characters and fails a read past the allowance set before each record. */
  private static final class GuardReader extends FilterReader {
    private long read;
    private long limit;
    boolean exceeded;

    GuardReader(Reader in) {
      super(in);
    }

    void allow(long chars) {
      // The parser reads ahead by its buffer; the slack keeps a record just under the limit fine.
      limit = read + chars + 16_384;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count(1);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        exceeded = true;
        throw new IOException("record longer than " + MAX_RECORD_CHARS + " characters");
      }
    }
  }
}
