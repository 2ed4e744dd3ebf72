package id.go.ntbprov.satudata.core.sop;

/**
 * Every step a person performs in the system, each tied to its row of the SOP table. Which roles
 * may perform a step is not fixed here: it is data, held by {@link StepAssignment}.
 */
public enum SopStep {
  /** Propose an item for the year's data list (input to 1a). */
  PROPOSE_ITEM(Stage.PERENCANAAN, "1a"),
  /** Recommend, send back or reject a proposed item (1a). */
  RECOMMEND_ITEM(Stage.PERENCANAAN, "1a"),
  /** Record a forum meeting: date, minutes, attendees (1b). */
  RECORD_FORUM_MEETING(Stage.PERENCANAAN, "1b"),
  /** Agree the data list in a recorded forum meeting (1c). */
  AGREE_DATA_LIST(Stage.PERENCANAAN, "1c"),
  /** Check the availability of an agreed item (1d). */
  CHECK_AVAILABILITY(Stage.PERENCANAAN, "1d"),
  /** Upload a table for an item and period, unpublished (2). */
  UPLOAD(Stage.PENGUMPULAN, "2"),
  /** Hand an uploaded version to the custodian for checking (2). */
  SUBMIT_FOR_CHECK(Stage.PENGUMPULAN, "2"),
  /** Register a producer's statement letter (2; SOP records). */
  REGISTER_STATEMENT_LETTER(Stage.PENGUMPULAN, "2"),
  /** Accept as conformant or return to the producer (3a). */
  CHECK_CONFORMITY(Stage.PEMERIKSAAN, "3a"),
  /** Validate conformant data with a letter of the agency head (3b). */
  VALIDATE(Stage.PEMERIKSAAN, "3b"),
  /** Publish validated data on the portal (4). */
  PUBLISH(Stage.PENYEBARLUASAN, "4"),
  /** Withdraw published data with a reason (4). */
  WITHDRAW(Stage.PENYEBARLUASAN, "4"),
  /** Evaluate a quarter or year and write the report (5a). */
  EVALUATE(Stage.EVALUASI, "5a"),
  /** Deliver the report to the regional head (5b). */
  DELIVER_REPORT(Stage.EVALUASI, "5b"),
  /** Manage agencies, accounts and roles (not an SOP row). */
  ADMINISTER(Stage.ADMINISTRASI, "-");

  private final Stage stage;
  private final String sopRow;

  SopStep(Stage stage, String sopRow) {
    this.stage = stage;
    this.sopRow = sopRow;
  }

  /** The SOP stage the step belongs to. */
  public Stage stage() {
    return stage;
  }

  /** The row of the SOP table ("1a" ... "5b"; "-" for administration). */
  public String sopRow() {
    return sopRow;
  }

  /** Key of the step's display name in the messages bundle. */
  public String messageKey() {
    return "step." + name();
  }
}
