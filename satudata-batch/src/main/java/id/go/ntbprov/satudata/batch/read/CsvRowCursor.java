package id.go.ntbprov.satudata.batch.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
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
import java.util.Arrays;
import java.util.Iterator;

/**
 * CSV rows through FastCSV (RFC 4180 quoting: doubled quotes, delimiters and line breaks inside
 * quotes), read straight into one {@code String[]} per record. Empty lines come through as records
 * of one empty cell so that record positions stay those of the file. A record's number is the line
 * where it starts.
 *
 * <p>A quote that is never closed would make the parser gather the rest of the file into one field:
 * a guard on the reader stops any record at {@value #MAX_RECORD_CHARS} characters, and a last
 * quoted field that runs to the file's very last character (a quote opened and never closed) is
 * refused as malformed.
 */
final class CsvRowCursor implements RowCursor {

  /** Longest record accepted: far above any real row, far below the heap. */
  static final int MAX_RECORD_CHARS = 1_000_000;

  private static final String[] EMPTY_LINE = {""};

  private final String fileName;
  private final long fileSize;
  private final int bytesPerChar;
  private final GuardReader guard;
  private final Cells handler = new Cells();
  private final CsvReader<String[]> reader;
  private final Iterator<String[]> records;
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
      reader =
          CsvReader.builder()
              .fieldSeparator(delimiter.character())
              .quoteCharacter('"')
              .skipEmptyLines(false)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .build(handler, guard);
      records = reader.iterator();
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public boolean advance() {
    long start = number + 1;
    guard.allow(MAX_RECORD_CHARS);
    try {
      if (!records.hasNext()) {
        return false;
      }
      String[] record = records.next();
      start = handler.line;
      if (handler.lastQuoted && !records.hasNext() && handler.runsToTheEnd(guard.last)) {
        throw new ReadException(ReadProblem.CSV_MALFORMED, fileName, start, null);
      }
      ordinal++;
      number = start;
      cells = record;
      return true;
    } catch (UncheckedIOException | CsvParseException | IllegalStateException e) {
      start = Math.max(start, handler.line); // the line where the failing record began
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
   * Characters the parser has taken from the file (it reads ahead by its buffer), as bytes, of the
   * file's size: exact for ASCII and single-byte text, a little behind for text with many
   * multi-byte UTF-8 characters.
   */
  @Override
  public double fractionRead() {
    return fileSize <= 0
        ? Double.NaN
        : Math.min(1.0, guard.read * (double) bytesPerChar / fileSize);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Read-only file: nothing to flush, nothing to report.
    }
  }

  /** Builds each record as a {@code String[]}, remembering how its last field was written. */
  private static final class Cells extends AbstractBaseCsvCallbackHandler<String[]> {
    private String[] fields = new String[16];
    private int count;
    long line;
    boolean lastQuoted;
    private char lastFieldEnd;
    private boolean lastFieldEmpty;

    @Override
    protected void handleBegin(long startingLineNumber) {
      count = 0;
      line = startingLineNumber;
      lastQuoted = false;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      if (count == fields.length) {
        fields = Arrays.copyOf(fields, count * 2);
      }
      fields[count++] = new String(buf, offset, len);
      lastQuoted = quoted;
      lastFieldEmpty = len == 0;
      lastFieldEnd = len == 0 ? 0 : buf[offset + len - 1];
    }

    @Override
    protected void handleEmpty() {
      count = 0;
      lastQuoted = false;
    }

    /**
     * True when the last field's text ends with the file's last character: a closed quote is the
     * file's last character or is followed by a line break, so only a quote never closed ends
     * there.
     */
    boolean runsToTheEnd(int lastChar) {
      return !lastFieldEmpty && lastChar >= 0 && lastChar != '"' && lastFieldEnd == lastChar;
    }

    @Override
    protected String[] buildRecord() {
      return count == 0 ? EMPTY_LINE.clone() : Arrays.copyOf(fields, count);
    }
  }

  /** Counts characters, keeps the last one, and fails a read past the allowance of each record. */
  private static final class GuardReader extends FilterReader {
    long read;
    int last = -1;
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
        last = c;
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
        last = buf[off + n - 1];
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
