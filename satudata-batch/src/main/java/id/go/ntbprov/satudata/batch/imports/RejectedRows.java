package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.conformity.Severity;
import java.util.BitSet;

/**
 * Counts the data rows with at least one error finding (a row with three bad cells is one rejected
 * row). Findings about the table as a whole (row 0) reject no row.
 */
final class RejectedRows {

  private final BitSet rows = new BitSet();
  private long
      beyond; // rows past Integer.MAX_VALUE, which no upload reaches; counted, not deduplicated

  void accept(Finding f) {
    if (f.severity() != Severity.ERROR || f.row() <= 0) {
      return;
    }
    if (f.row() > Integer.MAX_VALUE) {
      beyond++;
    } else {
      rows.set((int) f.row());
    }
  }

  long count() {
    return rows.cardinality() + beyond;
  }
}
