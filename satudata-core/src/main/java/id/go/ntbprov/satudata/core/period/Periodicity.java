package id.go.ntbprov.satudata.core.period;

/** How often an item of the data list is produced. */
public enum Periodicity {
  /** Once a year (tahunan). */
  ANNUAL,
  /** Once a quarter (triwulanan). */
  QUARTERLY,
  /** Once a month (bulanan). */
  MONTHLY
}
