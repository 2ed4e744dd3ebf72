package id.go.ntbprov.satudata.core.conformity;

public enum Severity {
  ERROR,
  WARNING
}
