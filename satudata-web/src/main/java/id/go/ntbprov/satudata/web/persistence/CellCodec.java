package id.go.ntbprov.satudata.web.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes an array of cells as one text value, compactly and reversibly: cells are joined by the
 * unit separator U+001F, and inside a cell an escape U+001B introduces one letter.
 *
 * <table>
 *   <caption>escapes</caption>
 *   <tr><td>{@code ESC e}</td><td>a literal U+001B</td></tr>
 *   <tr><td>{@code ESC u}</td><td>a literal U+001F</td></tr>
 *   <tr><td>{@code ESC r}</td><td>a literal U+001E, which separates rows in a block ({@link RowBlocks})</td></tr>
 *   <tr><td>{@code ESC 0}</td><td>U+0000, which PostgreSQL text cannot hold</td></tr>
 *   <tr><td>{@code ESC x hhhh}</td><td>an unpaired surrogate, which UTF-8 cannot hold</td></tr>
 *   <tr><td>{@code ESC n}</td><td>(the whole cell) a null cell, distinct from an empty one</td></tr>
 *   <tr><td>{@code ESC z}</td><td>(the whole value) an array of no cells, distinct from one empty cell</td></tr>
 * </table>
 *
 * <p>Every other character, commas, quotes and newlines included, is written as it is, so a row
 * costs its text plus one character per cell.
 */
final class CellCodec {

  static final char SEP = '\u001F';
  static final char ESC = '\u001B';
  static final char ROW_SEP = '\u001E';
  private static final String NULL_CELL = "" + ESC + 'n';
  private static final String NO_CELLS = "" + ESC + 'z';

  private CellCodec() {}

  static String encode(String[] cells) {
    StringBuilder sb = new StringBuilder(16 * Math.max(1, cells.length));
    encodeInto(sb, cells);
    return sb.toString();
  }

  /** Appends the encoding of {@code cells} to {@code sb} (what {@link #encode} returns). */
  static void encodeInto(StringBuilder sb, String[] cells) {
    if (cells.length == 0) {
      sb.append(NO_CELLS);
      return;
    }
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(SEP);
      }
      appendCell(sb, cells[i]);
    }
  }

  static String encode(List<String> cells) {
    return encode(cells.toArray(new String[0]));
  }

  /** One text, escaped like a cell (PostgreSQL text cannot hold U+0000). */
  static String encodeText(String text) {
    return encode(new String[] {text});
  }

  static String decodeText(String encoded) {
    return decode(encoded)[0];
  }

  static List<String> decodeList(String text) {
    return Arrays.asList(decode(text));
  }

  static String[] decode(String text) {
    if (text.equals(NO_CELLS)) {
      return new String[0];
    }
    if (text.indexOf(ESC) < 0) { // the usual row: no escapes, split at the separators
      return split(text);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean nullCell = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == SEP) {
        cells.add(nullCell ? null : cell.toString());
        cell.setLength(0);
        nullCell = false;
      } else if (c == ESC) {
        char k = text.charAt(++i);
        switch (k) {
          case 'e' -> cell.append(ESC);
          case 'u' -> cell.append(SEP);
          case 'r' -> cell.append(ROW_SEP);
          case '0' -> cell.append('\0');
          case 'n' -> nullCell = true;
          case 'x' -> {
            cell.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> throw new IllegalArgumentException("bad escape " + (int) k + " at " + i);
        }
      } else {
        cell.append(c);
      }
    }
    cells.add(nullCell ? null : cell.toString());
    return cells.toArray(new String[0]);
  }

  private static String[] split(String text) {
    int n = 1;
    for (int i = text.indexOf(SEP); i >= 0; i = text.indexOf(SEP, i + 1)) {
      n++;
    }
    String[] cells = new String[n];
    int from = 0;
    for (int k = 0; k < n - 1; k++) {
      int to = text.indexOf(SEP, from);
      cells[k] = text.substring(from, to);
      from = to + 1;
    }
    cells[n - 1] = text.substring(from);
    return cells;
  }

  private static void appendCell(StringBuilder sb, String cell) {
    if (cell == null) {
      sb.append(NULL_CELL);
      return;
    }
    int n = cell.length();
    int plain = 0;
    while (plain < n && isPlain(cell.charAt(plain))) {
      plain++;
    }
    if (plain == n) { // the usual cell: nothing to escape
      sb.append(cell);
      return;
    }
    sb.append(cell, 0, plain);
    for (int i = plain; i < n; i++) {
      char c = cell.charAt(i);
      if (c == ESC) {
        sb.append(ESC).append('e');
      } else if (c == SEP) {
        sb.append(ESC).append('u');
      } else if (c == ROW_SEP) {
        sb.append(ESC).append('r');
      } else if (c == '\0') {
        sb.append(ESC).append('0');
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(cell.charAt(i + 1))) {
        sb.append(c).append(cell.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append(ESC).append('x').append(String.format("%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
  }

  /** Characters written as they are (everything but the escapes, NUL and surrogates). */
  private static boolean isPlain(char c) {
    return c > ESC ? c != SEP && c != ROW_SEP && !Character.isSurrogate(c) : c != '\0' && c != ESC;
  }
}
