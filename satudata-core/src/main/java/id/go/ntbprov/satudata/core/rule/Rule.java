package id.go.ntbprov.satudata.core.rule;

/**
 * Every rule by which the core refuses a step. The constant's name is the rule's name (it travels
 * in API answers); its message key selects the Indonesian and English text in the messages bundle.
 */
public enum Rule {
  /** The actor holds no role that the region's assignment allows for the step. */
  STEP_NOT_PERMITTED_FOR_ROLE(Kind.FORBIDDEN),
  /** The actor's role is scoped to another agency than the object's. */
  ACTOR_OUTSIDE_AGENCY(Kind.FORBIDDEN),
  /** An account or assignment is disabled. */
  ACCOUNT_DISABLED(Kind.FORBIDDEN),

  /** An object the step names does not exist. */
  NOT_FOUND(Kind.NOT_FOUND),

  /** A required field of the step's input is empty. */
  INPUT_REQUIRED(Kind.INVALID_INPUT),
  /** A field of the step's input has a value that cannot be used. */
  INPUT_INVALID(Kind.INVALID_INPUT),
  /** An identifier (item code, letter number, agency code ...) is already taken. */
  DUPLICATE_IDENTIFIER(Kind.CONFLICT),
  /** The object was changed by someone else since it was read. */
  CONCURRENT_UPDATE(Kind.CONFLICT),

  /** The object is not in a state from which the step may start. */
  WRONG_STATE(Kind.CONFLICT),
  /** Sending back or rejecting a proposed item needs the Pembina Data's notes. */
  RECOMMENDATION_NOTES_REQUIRED(Kind.INVALID_INPUT),
  /** The forum agrees only items recommended by the Pembina Data. */
  AGREEMENT_REQUIRES_RECOMMENDATION(Kind.MISSING_INPUT),
  /** The forum agrees in a recorded meeting (date, minutes number, attendees). */
  AGREEMENT_REQUIRES_MEETING_RECORD(Kind.MISSING_INPUT),
  /** The meeting's year differs from the data list's year. */
  MEETING_YEAR_MISMATCH(Kind.INVALID_INPUT),
  /** Availability is checked only for items agreed by the forum. */
  AVAILABILITY_REQUIRES_AGREED_ITEM(Kind.MISSING_INPUT),
  /** Partly or not available needs a reason. */
  AVAILABILITY_REASON_REQUIRED(Kind.INVALID_INPUT),
  /** Producers upload only for items agreed in that year's data list. */
  UPLOAD_REQUIRES_AGREED_ITEM(Kind.MISSING_INPUT),
  /** The period's kind (year, quarter, month) must match the item's periodicity. */
  PERIOD_DOES_NOT_MATCH_PERIODICITY(Kind.INVALID_INPUT),
  /** Another version of the same item and period is already being checked, validated or waits. */
  SUBMISSION_ALREADY_IN_PROGRESS(Kind.CONFLICT),
  /** Returning to the producer needs notes saying what to fix. */
  RETURN_REQUIRES_NOTES(Kind.INVALID_INPUT),
  /** A submission with error findings cannot be accepted as conformant. */
  ACCEPTANCE_BLOCKED_BY_ERRORS(Kind.MISSING_INPUT),
  /** Warnings are accepted only with an explicit override reason. */
  WARNINGS_REQUIRE_OVERRIDE_REASON(Kind.MISSING_INPUT),
  /** The agency head validates only data the custodian found conformant. */
  VALIDATION_REQUIRES_CONFORMANT_DATA(Kind.MISSING_INPUT),
  /** A validation letter must be signed by the head of the submission's own agency. */
  VALIDATION_LETTER_FROM_OWN_AGENCY_HEAD(Kind.FORBIDDEN),
  /** A letter needs its number, date, signatory and the submissions it covers. */
  LETTER_INCOMPLETE(Kind.INVALID_INPUT),
  /** A statement letter covers only submissions of the producer's own agency. */
  STATEMENT_LETTER_FROM_OWN_AGENCY(Kind.FORBIDDEN),
  /** Publication needs a validation letter of the Kepala OPD (SOP step 4). */
  PUBLICATION_REQUIRES_VALIDATION_LETTER(Kind.MISSING_INPUT),
  /** Withdrawn and superseded versions never return to the public. */
  PUBLICATION_OF_RETIRED_VERSION(Kind.CONFLICT),
  /** Withdrawing published data needs a reason shown to the public. */
  WITHDRAWAL_REQUIRES_REASON(Kind.INVALID_INPUT),
  /** Delivering the report needs the report document. */
  DELIVERY_REQUIRES_REPORT_DOCUMENT(Kind.MISSING_INPUT),
  /** A region profile file is missing or malformed. */
  PROFILE_INVALID(Kind.INVALID_INPUT);

  /**
   * How a rule's refusal is classified; adapters map kinds onto their protocol (HTTP status ...).
   */
  public enum Kind {
    /** The actor may not perform the step on that object. */
    FORBIDDEN,
    /** The named object does not exist. */
    NOT_FOUND,
    /** The input itself is malformed or incomplete. */
    INVALID_INPUT,
    /** A required input of the step (kelengkapan) is not in hand. */
    MISSING_INPUT,
    /** The object's state or version forbids the step now. */
    CONFLICT
  }

  private final Kind kind;

  Rule(Kind kind) {
    this.kind = kind;
  }

  /** The category of refusal. */
  public Kind kind() {
    return kind;
  }

  /** Key of the rule's text in the messages bundle. */
  public String messageKey() {
    return "rule." + name();
  }

  /**
   * True when the rule's first argument names an input field by its technical key ({@code
   * delivery.recipient}); the message shows the field's label instead (see {@link Messages#field}).
   */
  public boolean namesField() {
    return this == INPUT_REQUIRED || this == INPUT_INVALID || this == LETTER_INCOMPLETE;
  }
}
