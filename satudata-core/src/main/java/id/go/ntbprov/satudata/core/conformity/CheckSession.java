package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.reference.CodeList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One streaming conformity check of one upload: the upload pushes its rows as it stores them, and
 * every finding goes to the sink at once. Start it with {@link ConformityChecker#start}; the header
 * has been checked by then.
 *
 * <p>Memory: the session keeps counters, one 64-bit hash and a row number per row key (21 to 43
 * bytes per row, see {@link LongIntHashMap}) and one flag per region of the item's level; never a
 * row, a cell or a finding. A key of one INTEGER column keeps its values below 2^22 in a {@link
 * DenseKeyTable} instead (at most 32 bytes a key plus 100 KiB, never over 16 MiB; 3.8 MiB for the
 * keys 1 ... 1,000,000) and only the others as hashes.
 *
 * <p>Rows are numbered as the spreadsheet shows them: the header is row 1, the first row passed to
 * {@link #accept} row 2, and so on. A blank row (no cell, or only empty cells) keeps its number but
 * is not data: it is neither checked nor counted, so the trailing empty lines a spreadsheet often
 * exports raise no findings.
 *
 * <p>Not thread-safe: one thread per session (sessions of one checker may run in parallel).
 */
public final class CheckSession {

  private final FindingCounter out;
  private final CellChecker cells;
  private final SessionPlan plan;
  private final ColumnPlan[] columns;
  private final ColumnPlan[] keyColumns;
  private final LongIntHashMap keys;
  private final DenseKeyTable denseKeys;

  private long lastRow;
  private long rowsChecked;
  private ConformityReport report;

  CheckSession(
      CheckInput input,
      List<String> header,
      Function<String, Optional<CodeList>> codeLists,
      FindingSink sink) {
    this.out = new FindingCounter(sink);
    this.plan = new SessionPlan(input, header, codeLists, out);
    this.lastRow = input.headerRow();
    this.cells = new CellChecker(out, input.numberStyle(), input.period());
    this.columns = plan.columns;
    this.keyColumns = plan.keyColumns;
    this.keys = keyColumns == null ? null : new LongIntHashMap();
    boolean oneInteger =
        keyColumns != null && keyColumns.length == 1 && keyColumns[0].type == VariableType.INTEGER;
    this.denseKeys = oneInteger ? new DenseKeyTable() : null;
  }

  /**
   * Checks the next row. Cells are read in header order; a null cell is empty. Cells of unknown or
   * duplicate columns are ignored; a row shorter than the header is reported and its absent cells
   * are not checked.
   *
   * @throws IllegalStateException after {@link #finish()}
   */
  public void accept(String[] row) {
    if (report != null) {
      throw new IllegalStateException("the check session is finished");
    }
    long rowNumber = ++lastRow;
    if (isBlank(row)) {
      return;
    }
    rowsChecked++;
    int n = row.length;
    if (n != plan.width) {
      out.emit(
          CheckRule.ROW_WIDTH, rowNumber, 0, "", Integer.toString(n), Integer.toString(plan.width));
    }
    for (ColumnPlan column : columns) {
      if (column.index < n) {
        cells.check(column, row[column.index], rowNumber);
      } else {
        column.keyEmpty = true;
      }
    }
    if (keyColumns != null) {
      checkKey(row, rowNumber);
    }
  }

  /**
   * Ends the check: reports an empty table and the regions without rows, and returns the totals.
   * Calling it again returns the same report.
   */
  public ConformityReport finish() {
    if (report == null) {
      if (rowsChecked == 0) {
        out.emit(CheckRule.EMPTY_TABLE, 0, 0, "", "");
      } else if (plan.regionColumn != null) {
        plan.regionColumn.region.reportMissing(out, plan.regionColumn);
      }
      report = out.report(rowsChecked);
    }
    return report;
  }

  /** Data rows checked so far. */
  public long rowsChecked() {
    return rowsChecked;
  }

  /** Spreadsheet number of the last row passed in (1 before the first). */
  public long lastRow() {
    return lastRow;
  }

  /** The totals so far, before {@link #finish()}; the final ones after. */
  public ConformityReport report() {
    return report != null ? report : out.report(rowsChecked);
  }

  /** Keys stored in the dense table (for tests and the key benchmark). */
  int denseKeyCount() {
    return denseKeys == null ? 0 : denseKeys.size();
  }

  /** Keys stored as hashes. */
  int hashedKeyCount() {
    return keys == null ? 0 : keys.size();
  }

  /** Bytes held by the key structures (see {@link LongIntHashMap#memoryBytes()}). */
  long keyMemoryBytes() {
    return (keys == null ? 0 : keys.memoryBytes())
        + (denseKeys == null ? 0 : denseKeys.memoryBytes());
  }

  private void checkKey(String[] row, long rowNumber) {
    for (ColumnPlan k : keyColumns) {
      if (k.keyEmpty) {
        // Already reported as REQUIRED_CELL (keys are required); an empty key matches nothing.
        return;
      }
    }
    // Row numbers beyond 2^31 exceed any spreadsheet; they are clamped in the message only.
    int rowNo = (int) Math.min(rowNumber, Integer.MAX_VALUE);
    int earlier =
        denseKeys == null
            ? DenseKeyTable.NOT_HERE
            : denseKeys.putIfAbsent(keyColumns[0].denseKey, rowNo);
    if (earlier == DenseKeyTable.NOT_HERE) {
      long h = KeyHash.ROW_SEED;
      for (ColumnPlan k : keyColumns) {
        h = KeyHash.combine(h, k.keyToken);
      }
      earlier = keys.putIfAbsent(h, rowNo);
    }
    if (earlier != 0) {
      StringBuilder values = new StringBuilder();
      for (ColumnPlan k : keyColumns) {
        if (values.length() > 0) {
          values.append(", ");
        }
        values.append(row[k.index].strip());
      }
      out.emit(
          CheckRule.DUPLICATE_KEY,
          rowNumber,
          0,
          "",
          values.toString(),
          Integer.toString(earlier),
          plan.keyNames);
    }
  }

  /** True for a row without any non-empty cell: not data. */
  /**
   * True for a row that is not data: no cells, or only empty or blank ones. Uploads skip storing
   * such rows, as the check skips them.
   */
  public static boolean isBlank(String[] row) {
    if (row == null) {
      return true;
    }
    for (String cell : row) {
      if (cell != null && CellScanner.start(cell) < cell.length()) {
        return false;
      }
    }
    return true;
  }
}
