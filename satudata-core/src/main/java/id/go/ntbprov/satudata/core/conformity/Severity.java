package id.go.ntbprov.satudata.core.conformity;

/**
 * How serious a conformity finding is. An upload with an {@link #ERROR} cannot be accepted as
 * conformant; {@link #WARNING}s may be accepted by the Walidata with an override reason.
 */
public enum Severity {
  /** The upload does not conform; the producer must fix it. */
  ERROR,
  /** Something looks wrong; the Walidata decides. */
  WARNING
}
