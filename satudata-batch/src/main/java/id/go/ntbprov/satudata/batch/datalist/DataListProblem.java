package id.go.ntbprov.satudata.batch.datalist;

import id.go.ntbprov.satudata.batch.read.BatchMessages;
import id.go.ntbprov.satudata.batch.read.ReadException;
import id.go.ntbprov.satudata.batch.read.ReadProblem;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem of a data list workbook, kept as data so that it can be shown in any language: where
 * (sheet, row as the user numbers it, column; empty when not about a column) and what — a core
 * {@link Rule} with its arguments, a file-reading {@link ReadProblem}, or a text of the batch
 * module's bundle ({@code datalist.*}) with its arguments.
 *
 * <p>Written one per line by {@link #encode}, read back by {@link #decode}: tab-separated fields
 * {@code sheet, row, column, kind, key, args...}, each argument prefixed {@code n} (a number) or
 * {@code s} (a text); a backslash, tab, line feed or carriage return inside a field is escaped as
 * {@code \\ \t \n \r}. The first line is {@link #HEADER}.
 *
 * @param sheet the sheet ({@code Butir}, {@code Variabel})
 * @param row the row as the user numbers it, 0 when not about a row
 * @param column the column's name, empty when not about a column
 * @param kind what {@code key} names
 * @param key the rule's name, the read problem's name or the batch text's key
 * @param args the message's arguments: texts and numbers
 */
public record DataListProblem(
    String sheet, long row, String column, Kind kind, String key, List<Object> args) {

  /** The first line of an encoded list. */
  public static final String HEADER = "satudata-datalist-problems 1";

  /** What a problem's key names. */
  public enum Kind {
    /** A core rule ({@link Rule}): a refusal of the core. */
    RULE,
    /** A file-reading problem ({@link ReadProblem}). */
    READ,
    /** A text of the batch bundle ({@code datalist.*}). */
    TEXT
  }

  /** Keeps texts and numbers only (anything else by its text), never null. */
  public DataListProblem {
    sheet = sheet == null ? "" : sheet;
    column = column == null ? "" : column;
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    List<Object> plain = new ArrayList<>();
    for (Object a : args == null ? List.of() : args) {
      plain.add(a instanceof Long || a instanceof BigDecimal ? a : number(a));
    }
    args = List.copyOf(plain);
  }

  private static Object number(Object a) {
    if (a instanceof Integer || a instanceof Short || a instanceof Byte) {
      return ((Number) a).longValue();
    }
    if (a instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return String.valueOf(a);
  }

  /** A text of the batch bundle. */
  public static DataListProblem text(
      String sheet, long row, String column, String key, Object... args) {
    return new DataListProblem(sheet, row, column, Kind.TEXT, key, List.of(args));
  }

  /** A refusal of the core. */
  public static DataListProblem rule(String sheet, long row, String column, RuleViolation v) {
    return new DataListProblem(sheet, row, column, Kind.RULE, v.rule().name(), v.args());
  }

  /** A sheet that cannot be read. */
  public static DataListProblem read(String sheet, ReadException e) {
    return new DataListProblem(sheet, e.row(), e.column(), Kind.READ, e.problem().name(), e.args());
  }

  /** What is wrong, in the given language (Indonesian unless English is asked for). */
  public String message(Locale locale) {
    Object[] a = args.toArray();
    try {
      return switch (kind) {
        case RULE -> new RuleViolation(Rule.valueOf(key), a).message(locale);
        case READ -> BatchMessages.format(locale, ReadProblem.valueOf(key).messageKey(), a);
        case TEXT -> BatchMessages.format(locale, key, a);
      };
    } catch (IllegalArgumentException unknown) {
      return key + " " + args; // written by another version: still says something
    }
  }

  /** Where and what in one line: "Variabel, baris 8, kolom tipe: ...". */
  public String line(Locale locale) {
    return column.isEmpty()
        ? BatchMessages.format(locale, "datalist.problem", sheet, row, message(locale))
        : BatchMessages.format(
            locale, "datalist.problemColumn", sheet, row, column, message(locale));
  }

  /** The line in Bahasa Indonesia. */
  @Override
  public String toString() {
    return line(BatchMessages.INDONESIAN);
  }

  /** The problems as text, one per line after {@link #HEADER}. */
  public static String encode(List<DataListProblem> problems) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (DataListProblem p : problems) {
      List<String> f = new ArrayList<>(List.of(p.sheet, Long.toString(p.row), p.column));
      f.add(p.kind.name());
      f.add(p.key);
      for (Object a : p.args) {
        f.add(a instanceof String s ? "s" + s : "n" + a);
      }
      out.append(String.join("\t", f.stream().map(DataListProblem::escape).toList())).append('\n');
    }
    return out.toString();
  }

  /**
   * The problems {@link #encode} wrote.
   *
   * @throws IOException when the text cannot be read or is not such a list
   */
  public static List<DataListProblem> decode(Reader in) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    if (!HEADER.equals(lines.readLine())) {
      throw new IOException("not a data list problem list");
    }
    List<DataListProblem> out = new ArrayList<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IOException("malformed problem line: " + line);
      }
      try {
        List<Object> args = new ArrayList<>();
        for (int i = 5; i < f.length; i++) {
          args.add(argument(unescape(f[i])));
        }
        out.add(
            new DataListProblem(
                unescape(f[0]),
                Long.parseLong(f[1]),
                unescape(f[2]),
                Kind.valueOf(f[3]),
                unescape(f[4]),
                args));
      } catch (IllegalArgumentException e) {
        throw new IOException("malformed problem line: " + line, e);
      }
    }
    return out;
  }

  private static Object argument(String a) {
    if (a.startsWith("n")) {
      try {
        return Long.valueOf(a.substring(1));
      } catch (NumberFormatException notWhole) {
        return new BigDecimal(a.substring(1));
      }
    }
    if (a.startsWith("s")) {
      return a.substring(1);
    }
    throw new IllegalArgumentException("argument without type: " + a);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
