package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.reference.CodeList;

/**
 * Everything the hot path needs about one column of the upload, looked up once at session start:
 * its position, variable, resolved code list, range and roles. Also carries the per-row scratch of
 * the key check, which is why a plan belongs to exactly one session.
 */
final class ColumnPlan {

  /** 0-based position in the header (and in each row). */
  final int index;

  /** 1-based position, as findings report it. */
  final int columnIndex;

  final Variable variable;
  final String name;
  final VariableType type;
  final boolean required;
  final boolean key;

  /** The resolved list of a CODE variable; null for other types and for unknown lists. */
  final CodeList codeList;

  /** The range of a number or year variable, or null. */
  final Range range;

  /** True for the structure's period variable. */
  final boolean periodColumn;

  /** Completeness tracker when this is the structure's region variable, else null. */
  final RegionTracker region;

  /** Hash token of this row's normalised cell (key columns only). */
  long keyToken;

  /**
   * This row's cell as a {@link DenseKeyTable} key: its value when it is a whole number read as
   * such, else -1 (set for INTEGER key columns only; see {@link CheckSession}).
   */
  int denseKey;

  /** True when this row's cell is empty or absent (key columns only). */
  boolean keyEmpty;

  ColumnPlan(
      int index, Variable variable, CodeList codeList, boolean periodColumn, RegionTracker region) {
    this.index = index;
    this.columnIndex = index + 1;
    this.variable = variable;
    this.name = variable.name();
    this.type = variable.type();
    this.required = variable.required();
    this.key = variable.key();
    this.codeList = codeList;
    boolean ranged =
        type == VariableType.INTEGER || type == VariableType.DECIMAL || type == VariableType.YEAR;
    this.range = ranged ? Range.of(variable.min(), variable.max()) : null;
    this.periodColumn = periodColumn;
    this.region = region;
  }
}
