package id.go.ntbprov.satudata.core.submission;

/**
 * The lifecycle of one version of a producer's table.
 *
 * <pre>
 * DRAFT --submitForCheck--> SUBMITTED --returnToProducer--> RETURNED  (revise = upload a new version)
 *                               |
 *                               +--acceptAsConformant--> CONFORMANT --validate--> VALIDATED
 *                                                                                    |
 *   WITHDRAWN <--withdraw-- PUBLISHED <--------------------publish-------------------+
 *                               |
 *                               +--(a newer version is published)--> SUPERSEDED
 * </pre>
 *
 * Only PUBLISHED versions are ever shown to the public.
 */
public enum SubmissionStatus {
  /** Uploaded, not yet handed in, never public. */
  DRAFT,
  /** Handed to the custodian for the conformity check. */
  SUBMITTED,
  /** Returned to the producer with findings; a revision is a new version. */
  RETURNED,
  /** Found conformant by the custodian; awaits the agency head. */
  CONFORMANT,
  /** Validated by the agency head's letter; awaits publication. */
  VALIDATED,
  /** Public. */
  PUBLISHED,
  /** Was public, replaced by a newer published version of the same item and period. */
  SUPERSEDED,
  /** Was public, withdrawn with a reason. */
  WITHDRAWN;

  /** True for the states in which the version is being worked on by the custodian or head. */
  public boolean inProgress() {
    return this == SUBMITTED || this == CONFORMANT || this == VALIDATED;
  }

  /** True for versions that were public once and are not any more. */
  public boolean retired() {
    return this == SUPERSEDED || this == WITHDRAWN;
  }

  /** Key of the status's label in the messages bundle. */
  public String messageKey() {
    return "status." + name();
  }
}
