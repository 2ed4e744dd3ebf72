package id.go.ntbprov.satudata.core.conformity;

import java.util.List;
import java.util.Locale;

public record Finding(
    Severity severity,
    CheckRule rule,
    long row,
    int columnIndex,
    String column,
    String value,
    List<String> args) {
  public String message(Locale locale) {
    return rule.name();
  }
}
