package id.go.ntbprov.satudata.core.region;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file of a profile read against its expected columns: a header row naming the columns (in
 * any order, case-insensitive), then data rows with exactly as many fields as the header.
 *
 * <p>Refuses, with {@link Rule#PROFILE_INVALID}: an empty file, a duplicate or unknown column, a
 * missing required column, a row with the wrong number of fields.
 */
final class ProfileTable {

  /** One data row, its values stripped of surrounding spaces. */
  static final class Row {
    private final String fileName;
    private final int line;
    private final Map<String, String> values;

    private Row(String fileName, int line, Map<String, String> values) {
      this.fileName = fileName;
      this.line = line;
      this.values = values;
    }

    /** The 1-based line the row starts on. */
    int line() {
      return line;
    }

    /** The value of a column, or an empty string when the optional column is absent. */
    String get(String column) {
      return values.getOrDefault(column, "");
    }

    /** The value of a column; refuses a blank value. */
    String required(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        throw refuse("empty " + column);
      }
      return value;
    }

    /** A refusal at this row. */
    RuleViolation refuse(String what) {
      return ProfileTable.refuse(fileName, line, what);
    }
  }

  private final String fileName;
  private final List<Row> rows;

  private ProfileTable(String fileName, List<Row> rows) {
    this.fileName = fileName;
    this.rows = Collections.unmodifiableList(rows);
  }

  /**
   * Reads a CSV file with a header.
   *
   * @param fileName the file's name relative to the profile, used in refusals
   * @param text the file's content
   * @param required columns that must be present
   * @param optional columns that may be present
   */
  static ProfileTable read(
      String fileName, String text, List<String> required, List<String> optional) {
    List<CsvReader.Row> records = CsvReader.parse(fileName, text);
    if (records.isEmpty()) {
      throw refuse(fileName, 1, "no header");
    }
    CsvReader.Row header = records.get(0);
    Set<String> known = new LinkedHashSet<>(required);
    known.addAll(optional);
    List<String> columns = new ArrayList<>();
    for (String raw : header.fields()) {
      String column = raw.strip().toLowerCase(Locale.ROOT);
      if (!known.contains(column)) {
        throw refuse(fileName, header.line(), "unknown column " + raw.strip());
      }
      if (columns.contains(column)) {
        throw refuse(fileName, header.line(), "duplicate column " + column);
      }
      columns.add(column);
    }
    for (String column : required) {
      if (!columns.contains(column)) {
        throw refuse(fileName, header.line(), "missing column " + column);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (CsvReader.Row record : records.subList(1, records.size())) {
      if (record.fields().size() != columns.size()) {
        throw refuse(
            fileName,
            record.line(),
            columns.size() + " fields expected, " + record.fields().size() + " found");
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        values.put(columns.get(i), record.fields().get(i).strip());
      }
      rows.add(new Row(fileName, record.line(), values));
    }
    return new ProfileTable(fileName, rows);
  }

  /** The file's name relative to the profile. */
  String fileName() {
    return fileName;
  }

  /** The data rows, header excluded. */
  List<Row> rows() {
    return rows;
  }

  /**
   * The refusal of a malformed profile file.
   *
   * @param fileName file name relative to the profile
   * @param line 1-based line, or 0 for the file as a whole
   * @param what what is wrong, short and language-neutral (usually the offending value)
   */
  static RuleViolation refuse(String fileName, int line, String what) {
    return new RuleViolation(Rule.PROFILE_INVALID, fileName, line, what);
  }
}
