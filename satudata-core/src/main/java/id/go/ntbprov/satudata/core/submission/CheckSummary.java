package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.conformity.ConformityReport;

/**
 * Counts of the automatic conformity check of one version; the findings themselves are kept in the
 * {@link ContentStore}.
 *
 * @param rows data rows checked and stored
 * @param errors error findings (block acceptance)
 * @param warnings warning findings (need an override reason)
 */
public record CheckSummary(long rows, long errors, long warnings) {

  /** The summary of an upload's check: its metadata's findings and its rows' (header included). */
  public static CheckSummary of(ConformityReport metadata, ConformityReport rows) {
    return new CheckSummary(
        rows.rowsChecked(),
        rows.errors() + metadata.errors(),
        rows.warnings() + metadata.warnings());
  }

  /** True when at least one error was found. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** True when at least one warning was found. */
  public boolean hasWarnings() {
    return warnings > 0;
  }
}
