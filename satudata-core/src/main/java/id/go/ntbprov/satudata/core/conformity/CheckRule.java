package id.go.ntbprov.satudata.core.conformity;

public enum CheckRule {
  EMPTY_TABLE,
  REQUIRED_CELL,
  DUPLICATE_KEY,
  METADATA_INCOMPLETE;

  public Severity severity() {
    return Severity.ERROR;
  }

  public String messageKey() {
    return "check." + name();
  }
}
