package id.go.ntbprov.satudata.core.conformity;

public enum NumberStyle {
  DOT_DECIMAL,
  COMMA_DECIMAL
}
