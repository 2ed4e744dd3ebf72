package id.go.ntbprov.satudata.batch.read;

/**
 * The column delimiter of a CSV file. {@link #AUTO} asks the reader to detect it; Excel in an
 * Indonesian locale saves "CSV" with semicolons, because the comma is its decimal separator.
 */
public enum Delimiter {
  /** Detect from the first lines (see {@link TableReaders}). */
  AUTO('\0'),
  /** {@code ,} */
  COMMA(','),
  /** {@code ;} */
  SEMICOLON(';'),
  /** A tab, as Excel's "Text (Tab delimited)" writes. */
  TAB('\t');

  private final char character;

  Delimiter(char character) {
    this.character = character;
  }

  /** The delimiter character; {@code '\0'} for {@link #AUTO}. */
  public char character() {
    return character;
  }
}
