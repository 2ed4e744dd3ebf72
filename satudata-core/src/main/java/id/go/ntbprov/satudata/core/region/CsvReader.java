package id.go.ntbprov.satudata.core.region;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the files of a region profile.
 *
 * <p>Fields are separated by commas; a field may be enclosed in double quotes, and then may hold
 * commas, line breaks and doubled quotes ({@code ""} stands for one quote). Records end at CRLF, LF
 * or CR. On top of RFC 4180 it skips a leading UTF-8 byte order mark, blank lines and lines
 * starting with {@code #} (comments), but only between records: inside a quoted field they are
 * content. Line breaks inside a quoted field are read as {@code \n}. Fields are returned as
 * written, not stripped.
 *
 * <p>Malformed input (an unterminated quote, a quote inside an unquoted field, text after a closing
 * quote) is refused with {@link Rule#PROFILE_INVALID}, naming the file and the line.
 */
final class CsvReader {

  /**
   * One record.
   *
   * @param line the 1-based physical line the record starts on
   * @param fields the fields, in order (at least one)
   */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  private static final char BOM = '\uFEFF';

  private final String fileName;
  private final String text;
  private int pos;
  private int line = 1;

  private CsvReader(String fileName, String text) {
    this.fileName = fileName;
    this.text = text;
    this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
  }

  /**
   * Reads every record of {@code text}.
   *
   * @param fileName the file's name, used in refusals
   * @param text the file's content
   * @return the records, comments and blank lines left out
   */
  static List<Row> parse(String fileName, String text) {
    return new CsvReader(fileName, text).readAll();
  }

  private List<Row> readAll() {
    List<Row> rows = new ArrayList<>();
    while (pos < text.length()) {
      if (skipBlankOrComment()) {
        continue;
      }
      rows.add(readRecord());
    }
    return rows;
  }

  /** Skips the physical line at {@code pos} when it is blank or a comment. */
  private boolean skipBlankOrComment() {
    int end = pos;
    while (end < text.length() && !isBreak(text.charAt(end))) {
      end++;
    }
    String physical = text.substring(pos, end);
    if (!physical.isBlank() && !physical.startsWith("#")) {
      return false;
    }
    pos = end;
    consumeBreak();
    return true;
  }

  private Row readRecord() {
    int start = line;
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(peek() == '"' ? readQuoted() : readUnquoted());
      if (pos >= text.length()) {
        return new Row(start, fields);
      }
      char c = text.charAt(pos);
      if (c == ',') {
        pos++;
      } else {
        consumeBreak();
        return new Row(start, fields);
      }
    }
  }

  private String readUnquoted() {
    int begin = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ',' || isBreak(c)) {
        break;
      }
      if (c == '"') {
        throw refuse(line, "quote in unquoted field");
      }
      pos++;
    }
    return text.substring(begin, pos);
  }

  private String readQuoted() {
    int openedOn = line;
    pos++;
    StringBuilder field = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw refuse(openedOn, "unterminated quote");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
          field.append('"');
          pos += 2;
          continue;
        }
        pos++;
        if (pos < text.length() && text.charAt(pos) != ',' && !isBreak(text.charAt(pos))) {
          throw refuse(line, "text after closing quote");
        }
        return field.toString();
      }
      if (isBreak(c)) {
        consumeBreak();
        field.append('\n');
      } else {
        field.append(c);
        pos++;
      }
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  /** Consumes one line break (CRLF, LF or CR) at {@code pos}, if any, and counts the line. */
  private void consumeBreak() {
    if (pos >= text.length()) {
      return;
    }
    char c = text.charAt(pos);
    if (c == '\r') {
      pos++;
      if (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      line++;
    } else if (c == '\n') {
      pos++;
      line++;
    }
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private RuleViolation refuse(int atLine, String what) {
    return ProfileTable.refuse(fileName, atLine, what);
  }
}
