package id.go.ntbprov.satudata.core.conformity;

import java.util.Map;

public final class CheckSession {
  long rows;
  final FindingSink sink;

  CheckSession(FindingSink sink) {
    this.sink = sink;
  }

  public void accept(String[] row) {
    rows++;
    if (row.length > 0 && row[0].isEmpty())
      sink.accept(
          new Finding(
              Severity.ERROR, CheckRule.REQUIRED_CELL, rows + 1, 1, "x", "", java.util.List.of()));
  }

  public ConformityReport finish() {
    return new ConformityReport(rows, 0, 0, Map.of());
  }
}
