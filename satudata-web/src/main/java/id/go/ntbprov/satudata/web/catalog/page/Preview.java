package id.go.ntbprov.satudata.web.catalog.page;

import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.web.catalog.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table preview of a dataset page: the first rows of a version, filtered (every word of the
 * filter in some cell, accent- and case-insensitive), sorted by a column (numbers as numbers) and
 * paged; and the sums a chart shows.
 */
final class Preview {

  static final int MAX_ROWS = 5000;
  static final int PAGE = 25;

  private final List<String> header;
  private final List<Variable> variables;
  private final List<String[]> rows;

  Preview(List<String> header, List<Variable> variables, List<String[]> rows) {
    this.header = header;
    this.variables = variables;
    this.rows = rows;
  }

  List<String> header() {
    return header;
  }

  /** The column's index by name, or -1. */
  int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  boolean numeric(int column) {
    String name = header.get(column).strip();
    return variables.stream()
        .filter(v -> v.name().equalsIgnoreCase(name))
        .anyMatch(v -> v.type() == VariableType.INTEGER || v.type() == VariableType.DECIMAL);
  }

  /** Rows matching the filter, sorted. */
  List<String[]> select(String filter, String sortColumn, boolean descending) {
    List<String> words = Text.words(filter == null ? "" : filter);
    List<String[]> out = new ArrayList<>();
    for (String[] r : rows) {
      if (matches(r, words)) {
        out.add(r);
      }
    }
    int c = sortColumn == null ? -1 : column(sortColumn);
    if (c >= 0) {
      Comparator<String[]> cmp =
          numeric(c)
              ? Comparator.comparing(
                  (String[] r) -> number(cell(r, c)).orElse(null),
                  Comparator.nullsLast(Comparator.naturalOrder()))
              : Comparator.comparing((String[] r) -> Text.fold(cell(r, c)));
      out.sort(descending ? cmp.reversed() : cmp);
    }
    return out;
  }

  private static boolean matches(String[] row, List<String> words) {
    for (String w : words) {
      boolean found = false;
      for (String cell : row) {
        if (cell != null && Text.fold(cell).contains(w)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  static String cell(String[] r, int c) {
    return c < r.length && r[c] != null ? r[c] : "";
  }

  /** A number written in either style (the grouping and decimal marks guessed per cell). */
  static Optional<BigDecimal> number(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    int comma = t.lastIndexOf(',');
    int dot = t.lastIndexOf('.');
    if (comma > dot) {
      t = t.replace(".", "").replace(',', '.');
    } else if (comma >= 0) {
      t = t.replace(",", "");
    }
    try {
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The first numeric variable that is not part of the key. */
  Optional<Integer> measure() {
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      boolean key =
          variables.stream().filter(v -> v.name().equalsIgnoreCase(name)).anyMatch(Variable::key);
      if (numeric(i) && !key) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Sums of the measure per value of a column, in first-seen order. */
  Map<String, BigDecimal> sums(int byColumn, int measure) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String[] r : rows) {
      Optional<BigDecimal> n = number(cell(r, measure));
      if (n.isPresent()) {
        out.merge(cell(r, byColumn), n.get(), BigDecimal::add);
      }
    }
    return out;
  }
}
