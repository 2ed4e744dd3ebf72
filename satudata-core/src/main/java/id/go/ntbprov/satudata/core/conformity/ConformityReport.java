package id.go.ntbprov.satudata.core.conformity;

import java.util.Map;

public record ConformityReport(
    long rowsChecked, long errors, long warnings, Map<CheckRule, Long> countByRule) {
  public boolean hasErrors() {
    return errors > 0;
  }

  public boolean hasWarnings() {
    return warnings > 0;
  }
}
