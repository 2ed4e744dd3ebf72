package id.go.ntbprov.satudata.web.screens.checking;

import java.io.Serializable;

/**
 * A submission version as a list shows it, already in the user's language.
 *
 * @param id the version's id, e.g. {@code 2026/KES-001/2025/v2}
 * @param item the item's code
 * @param period the data's period
 * @param version the version number
 * @param agency the producing agency's code
 * @param status the status's name
 * @param statusLabel the status as the user reads it
 * @param uploadedAt when it was uploaded
 * @param rows data rows
 * @param errors error findings
 * @param warnings warning findings
 * @param time the time-standard indicator, if its clock has started
 */
public record SubmissionRow(
    String id,
    String item,
    String period,
    int version,
    String agency,
    String status,
    String statusLabel,
    String uploadedAt,
    long rows,
    long errors,
    long warnings,
    TimeIndicator time)
    implements Serializable {

  /** True when the row has a time-standard indicator. */
  public boolean timed() {
    return time != null;
  }
}
