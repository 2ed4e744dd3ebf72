package id.go.ntbprov.satudata.batch.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A producer's file that cannot be read as a table: the {@link ReadProblem}, the arguments of its
 * message and where it happened (file, row as the user numbers it, column), so that the upload
 * screen says what and where in the user's language. Nothing of the file is stored when this is
 * thrown from {@link TableReaders#open}; thrown from a row iterator, the caller's transaction must
 * roll back what it stored.
 */
public class ReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ReadProblem problem;
  private final transient List<Object> args;
  private final String fileName;
  private final long row;
  private final String column;

  /**
   * Creates a refusal.
   *
   * @param problem what is wrong
   * @param fileName the file's name as the user knows it
   * @param row the row as the user numbers it (line in a CSV, row in Excel), 0 when not about a row
   * @param column the column (name or letter), null when not about a column
   * @param args the arguments of the problem's message
   */
  public ReadException(
      ReadProblem problem, String fileName, long row, String column, Object... args) {
    super(null, null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.args = List.of(args.clone());
    this.fileName = fileName;
    this.row = row;
    this.column = column;
  }

  /** A refusal of the whole file (no row, no column). */
  public static ReadException ofFile(ReadProblem problem, String fileName, Object... args) {
    return new ReadException(problem, fileName, 0, null, args);
  }

  /** The problem. */
  public ReadProblem problem() {
    return problem;
  }

  /** The message arguments, in order. */
  public List<Object> args() {
    return args;
  }

  /** The file's name as the user knows it, or null. */
  public String fileName() {
    return fileName;
  }

  /** The row as the user numbers it, 0 when the problem is not about a row. */
  public long row() {
    return row;
  }

  /** The column, or null. */
  public String column() {
    return column;
  }

  /**
   * The message in the given language (Indonesian unless English is asked for), prefixed by where:
   * {@code "data.csv, baris 12: ..."}.
   */
  public String message(Locale locale) {
    List<String> where = new ArrayList<>();
    if (fileName != null) {
      where.add(fileName);
    }
    if (row > 0) {
      where.add(BatchMessages.format(locale, "read.location.row", row));
    }
    if (column != null) {
      where.add(BatchMessages.format(locale, "read.location.column", column));
    }
    Object[] localized = args.stream().map(a -> localize(locale, a)).toArray();
    String text = BatchMessages.format(locale, problem.messageKey(), localized);
    return where.isEmpty() ? text : String.join(", ", where) + ": " + text;
  }

  private static Object localize(Locale locale, Object arg) {
    if (arg instanceof Delimiter d) {
      return BatchMessages.format(
          locale, "read.delimiter.name." + d.name().toLowerCase(Locale.ROOT));
    }
    return arg;
  }

  /** The Indonesian message, prefixed by the problem's name. */
  @Override
  public String getMessage() {
    return problem.name() + ": " + message(BatchMessages.INDONESIAN);
  }
}
