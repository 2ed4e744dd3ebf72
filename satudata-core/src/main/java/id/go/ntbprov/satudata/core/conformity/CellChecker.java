package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.reference.Code;
import java.util.Optional;

/**
 * Checks one cell against its column's plan: required, type, range, period, code list, region
 * level; and leaves the normalised cell's hash token on the plan for the key check. One per
 * session; allocates only when it reports a finding (and for the code list lookup's string when the
 * cell had to be trimmed).
 */
final class CellChecker {

  private final FindingCounter out;
  private final NumberStyle style;
  private final Period period;
  private final int expectedYear;
  private final int expectedPeriod;
  private final ParsedNumber number = new ParsedNumber();

  CellChecker(FindingCounter out, NumberStyle style, Period period) {
    this.out = out;
    this.style = style;
    this.period = period;
    this.expectedYear = period.year();
    this.expectedPeriod = CellScanner.encode(period);
  }

  /** Checks {@code cell} (may be null) of {@code column} in spreadsheet row {@code row}. */
  void check(ColumnPlan column, String cell, long row) {
    int from = 0;
    int to = 0;
    if (cell != null) {
      from = CellScanner.start(cell);
      to = CellScanner.end(cell, from);
    }
    if (from == to) {
      column.keyEmpty = true;
      if (column.required) {
        out.emit(CheckRule.REQUIRED_CELL, row, column.columnIndex, column.name, "");
      }
      return;
    }
    column.keyEmpty = false;
    switch (column.type) {
      case INTEGER, DECIMAL -> checkNumber(column, cell, from, to, row);
      case YEAR -> checkYear(column, cell, from, to, row);
      case PERIOD -> checkPeriod(column, cell, from, to, row);
      case DATE -> {
        if (!CellScanner.isDate(cell, from, to)) {
          fail(CheckRule.TYPE_DATE, column, cell, from, to, row);
        }
        keyText(column, cell, from, to);
      }
      case CODE -> checkCode(column, cell, from, to, row);
      case TEXT -> keyText(column, cell, from, to);
    }
  }

  private void checkNumber(ColumnPlan column, String cell, int from, int to, long row) {
    boolean decimal = column.type == VariableType.DECIMAL;
    if (!number.parse(cell, from, to, style, decimal)) {
      if (decimal) {
        fail(CheckRule.TYPE_DECIMAL, column, cell, from, to, row, style.decimalExample());
      } else {
        fail(CheckRule.TYPE_INTEGER, column, cell, from, to, row, style.integerExample());
      }
      keyText(column, cell, from, to);
      return;
    }
    if (column.range != null && !column.range.contains(number)) {
      fail(CheckRule.OUT_OF_RANGE, column, cell, from, to, row, column.range.describe(style));
    }
    if (column.key) {
      column.keyToken =
          number.big
              ? KeyHash.ofChars(number.toBigDecimal().stripTrailingZeros().toPlainString())
              : KeyHash.ofNumber(number.unscaled, number.scale);
      // From the same value as the token, so cells that make equal tokens (7, 007, +7) make equal
      // dense keys. A decimal's token drops trailing fraction zeros: it gets none.
      boolean dense =
          !decimal
              && !number.big
              && number.scale == 0
              && number.unscaled >= 0
              && number.unscaled < DenseKeyTable.LIMIT;
      column.denseKey = dense ? (int) number.unscaled : -1;
    }
  }

  private void checkYear(ColumnPlan column, String cell, int from, int to, long row) {
    int year = CellScanner.year(cell, from, to);
    if (year < 0) {
      fail(CheckRule.TYPE_YEAR, column, cell, from, to, row);
      keyText(column, cell, from, to);
      return;
    }
    if (column.range != null && !column.range.contains(year)) {
      fail(CheckRule.OUT_OF_RANGE, column, cell, from, to, row, column.range.describe(style));
    }
    if (column.periodColumn && year != expectedYear) {
      fail(CheckRule.PERIOD_MISMATCH, column, cell, from, to, row, period.toString());
    }
    column.keyToken = KeyHash.ofLong(year);
  }

  private void checkPeriod(ColumnPlan column, String cell, int from, int to, long row) {
    int p = CellScanner.period(cell, from, to);
    if (p < 0) {
      fail(CheckRule.TYPE_PERIOD, column, cell, from, to, row);
      keyText(column, cell, from, to);
      return;
    }
    if (column.periodColumn && p != expectedPeriod) {
      fail(CheckRule.PERIOD_MISMATCH, column, cell, from, to, row, period.toString());
    }
    // Encoded, so that 2025-Q1 and 2025-TW1 are the same key.
    column.keyToken = KeyHash.ofLong(p);
  }

  private void checkCode(ColumnPlan column, String cell, int from, int to, long row) {
    if (column.codeList == null) {
      // The list is unknown: reported once at session start, not once per row.
      keyText(column, cell, from, to);
      return;
    }
    String value = from == 0 && to == cell.length() ? cell : cell.substring(from, to);
    Optional<Code> code = column.codeList.resolve(value);
    if (code.isEmpty()) {
      fail(CheckRule.CODE_NOT_IN_LIST, column, cell, from, to, row, column.codeList.id());
      keyText(column, cell, from, to);
      return;
    }
    Code c = code.get();
    if (column.region != null && !column.region.see(c)) {
      fail(
          CheckRule.CODE_WRONG_LEVEL,
          column,
          cell,
          from,
          to,
          row,
          c.label(),
          RegionTracker.term(c.level(), c.kind()),
          column.region.levelTerm());
    }
    if (column.key) {
      // Canonical, so that the alias 5201 and the code 52.01 are the same key.
      column.keyToken = KeyHash.ofChars(c.code());
    }
  }

  private static void keyText(ColumnPlan column, String cell, int from, int to) {
    if (column.key) {
      column.keyToken = KeyHash.ofChars(cell, from, to);
      column.denseKey = -1;
    }
  }

  private void fail(
      CheckRule rule, ColumnPlan column, String cell, int from, int to, long row, String... args) {
    out.emit(rule, row, column.columnIndex, column.name, cell.substring(from, to), args);
  }
}
