package id.go.ntbprov.satudata.core.datalist;

/** The type of a variable (column) of an item's structure, checked cell by cell. */
public enum VariableType {
  /** Whole number, e.g. {@code 721481} or {@code -3}. */
  INTEGER,
  /** Decimal number, e.g. {@code 12.5}; with the Indonesian style declared, {@code 1.234,5}. */
  DECIMAL,
  /** Free text. */
  TEXT,
  /** Calendar date, ISO {@code 2025-03-31}. */
  DATE,
  /** Four-digit year, e.g. {@code 2025}. */
  YEAR,
  /** A period as written by {@link id.go.ntbprov.satudata.core.period.Period#parse}. */
  PERIOD,
  /** A member of a reference code list (the variable names the list). */
  CODE
}
