package id.go.ntbprov.satudata.batch.read;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The format-independent part of reading a table: finding the header, looking ahead a few rows
 * (header-only files, number style), skipping rows already committed, keeping row numbers, and
 * turning blank rows into empty arrays so positions stay aligned. Holds at most {@value
 * #HEADER_SCAN_ROWS} rows before the header and {@link NumberStyleDetector#ROWS} rows after it.
 */
final class StreamingTableSource implements TableSource {

  /** Non-blank rows searched for the header: title blocks are a few rows, not pages. */
  static final int HEADER_SCAN_ROWS = 50;

  private static final String[] BLANK = new String[0];

  /** What the format-specific opener found out. */
  record Info(
      Format format, Charset charset, Delimiter delimiter, String sheetName, String fileName) {}

  /** A row read ahead, with how far into the input the reader was when it read it. */
  private record Row(long ordinal, long number, String[] cells, double at) {}

  private final RowCursor cursor;
  private final Info info;
  private final boolean padToHeader;
  private final long maxRows;
  private final Deque<Row> pending = new ArrayDeque<>();

  private List<String> header;
  private long headerNumber;
  private NumberStyle numberStyle;
  private NumberStyleEvidence evidence;

  private long lastOrdinal;
  private long dataRows;
  private Row held;
  private long blanksBefore;
  private String[] prepared;
  private long preparedNumber;
  private long rowNumber;
  private double preparedAt;
  private double at;
  private boolean done;

  /**
   * Reads the header and the look-ahead rows, and skips what {@code options} says.
   *
   * @param padToHeader true for spreadsheets, whose rows omit trailing empty cells
   * @param detectStyle true to detect the number style when none is declared (CSV)
   */
  StreamingTableSource(
      RowCursor cursor, Info info, ReadOptions options, boolean padToHeader, boolean detectStyle) {
    this.cursor = cursor;
    this.info = info;
    this.padToHeader = padToHeader;
    this.maxRows = options.maxRows();
    try {
      readHeader(options.expectedHeader());
      lookAhead(options.numberStyle(), detectStyle);
      for (long i = 0; i < options.skip() && hasNext(); i++) {
        next();
      }
    } catch (RuntimeException e) {
      cursor.close();
      throw e;
    }
  }

  private void readHeader(List<String> expected) {
    HeaderMatcher matcher = new HeaderMatcher(expected);
    List<Row> scanned = new ArrayList<>();
    Row found = null;
    while (scanned.size() < HEADER_SCAN_ROWS) {
      Row row = nextNonBlank();
      if (row == null) {
        break;
      }
      // Without an expected header, title rows are told apart by having a single filled cell.
      if (matcher.isEmpty() ? filledCells(row.cells) >= 2 : matcher.matches(row.cells)) {
        found = row;
        break;
      }
      scanned.add(row);
    }
    if (found == null) {
      if (scanned.isEmpty()) {
        throw ReadException.ofFile(ReadProblem.EMPTY_FILE, info.fileName());
      }
      if (!matcher.isEmpty()) {
        throw ReadException.ofFile(
            ReadProblem.HEADER_NOT_FOUND,
            info.fileName(),
            String.join(", ", expected),
            HEADER_SCAN_ROWS);
      }
      found = scanned.remove(0);
      pending.addAll(scanned);
    }
    String[] names = found.cells;
    int width = names.length;
    while (width > 0 && isBlank(names[width - 1])) {
      width--;
    }
    List<String> h = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      h.add(names[i] == null ? "" : names[i].strip());
    }
    header = List.copyOf(h);
    headerNumber = found.number;
    lastOrdinal = found.ordinal;
  }

  private void lookAhead(NumberStyle declared, boolean detectStyle) {
    while (pending.size() < NumberStyleDetector.ROWS) {
      Row row = nextNonBlank();
      if (row == null) {
        break;
      }
      pending.add(row);
    }
    if (pending.isEmpty()) {
      throw new ReadException(ReadProblem.HEADER_ONLY, info.fileName(), headerNumber, null);
    }
    if (maxRows > 0 && pending.size() > maxRows) {
      // Refused at open when the look-ahead already shows it; further down, by next().
      Row over = pending.stream().skip(maxRows).findFirst().orElseThrow();
      throw new ReadException(
          ReadProblem.TOO_MANY_ROWS, info.fileName(), over.number, null, maxRows);
    }
    if (declared != null) {
      numberStyle = declared;
    } else if (detectStyle) {
      List<String[]> rows = new ArrayList<>(pending.size());
      pending.forEach(r -> rows.add(r.cells));
      evidence = NumberStyleDetector.scan(rows);
      numberStyle = NumberStyleDetector.decide(evidence);
    } else {
      numberStyle = NumberStyle.DOT_DECIMAL;
    }
  }

  private Row nextNonBlank() {
    while (cursor.advance()) {
      String[] cells = cursor.cells();
      if (!isBlank(cells)) {
        return new Row(cursor.ordinal(), cursor.number(), cells, cursor.fractionRead());
      }
    }
    return null;
  }

  @Override
  public boolean hasNext() {
    if (prepared != null) {
      return true;
    }
    if (done) {
      return false;
    }
    if (held == null) {
      held = pending.isEmpty() ? nextNonBlank() : pending.poll();
      if (held == null) {
        done = true; // blank rows at the end are not returned
        return false;
      }
      blanksBefore = Math.max(0, held.ordinal - lastOrdinal - 1);
    }
    if (blanksBefore > 0) {
      prepared = BLANK;
      preparedNumber = held.number - blanksBefore;
      blanksBefore--;
      lastOrdinal++;
      return true;
    }
    if (maxRows > 0 && ++dataRows > maxRows) {
      throw new ReadException(
          ReadProblem.TOO_MANY_ROWS, info.fileName(), held.number, null, maxRows);
    }
    prepared = pad(held.cells);
    preparedNumber = held.number;
    preparedAt = held.at;
    lastOrdinal = held.ordinal;
    held = null;
    return true;
  }

  @Override
  public String[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String[] row = prepared;
    prepared = null;
    rowNumber = preparedNumber;
    at = preparedAt;
    return row;
  }

  private String[] pad(String[] cells) {
    if (!padToHeader || cells.length >= header.size()) {
      return cells;
    }
    String[] padded = Arrays.copyOf(cells, header.size());
    Arrays.fill(padded, cells.length, padded.length, "");
    return padded;
  }

  private static int filledCells(String[] cells) {
    int n = 0;
    for (String c : cells) {
      if (!isBlank(c)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isBlank(String[] cells) {
    for (String c : cells) {
      if (!isBlank(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String c) {
    return c == null || c.isBlank();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long headerRowNumber() {
    return headerNumber;
  }

  @Override
  public long rowNumber() {
    return rowNumber;
  }

  @Override
  public NumberStyle numberStyle() {
    return numberStyle;
  }

  @Override
  public Optional<NumberStyleEvidence> numberStyleEvidence() {
    return Optional.ofNullable(evidence);
  }

  @Override
  public Format format() {
    return info.format();
  }

  @Override
  public Optional<Charset> charset() {
    return Optional.ofNullable(info.charset());
  }

  @Override
  public Optional<Delimiter> delimiter() {
    return Optional.ofNullable(info.delimiter());
  }

  @Override
  public Optional<String> sheetName() {
    return Optional.ofNullable(info.sheetName());
  }

  @Override
  public String fileName() {
    return info.fileName();
  }

  @Override
  public double fractionRead() {
    return done ? 1.0 : at; // where the row last returned was read, not the look-ahead
  }

  @Override
  public void close() {
    cursor.close();
  }
}
