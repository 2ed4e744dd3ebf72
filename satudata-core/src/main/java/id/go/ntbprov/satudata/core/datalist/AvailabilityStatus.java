package id.go.ntbprov.satudata.core.datalist;

/** Outcome of the availability check of an agreed item (SOP 1d). */
public enum AvailabilityStatus {
  /** The data exists and can be produced. */
  AVAILABLE,
  /** Only part of it (some regions, some periods, some variables). */
  PARTLY,
  /** Not available this year. */
  NOT_AVAILABLE
}
