package id.go.ntbprov.satudata.core.conformity;

import java.util.EnumMap;
import java.util.Map;

/** Counts findings per rule and passes them on to the sink; keeps none of them. */
final class FindingCounter {

  private static final CheckRule[] RULES = CheckRule.values();

  private final FindingSink sink;
  private final long[] byRule = new long[RULES.length];

  FindingCounter(FindingSink sink) {
    this.sink = sink;
  }

  /** Builds the finding, counts it and hands it to the sink. */
  void emit(
      CheckRule rule, long row, int columnIndex, String column, String value, String... args) {
    Finding finding = Finding.of(rule, row, columnIndex, column, value, args);
    byRule[rule.ordinal()]++;
    sink.accept(finding);
  }

  /** The totals so far. */
  ConformityReport report(long rowsChecked) {
    Map<CheckRule, Long> counts = new EnumMap<>(CheckRule.class);
    long errors = 0;
    long warnings = 0;
    for (CheckRule rule : RULES) {
      long n = byRule[rule.ordinal()];
      if (n > 0) {
        counts.put(rule, n);
        if (rule.severity() == Severity.ERROR) {
          errors += n;
        } else {
          warnings += n;
        }
      }
    }
    return new ConformityReport(rowsChecked, errors, warnings, counts);
  }
}
