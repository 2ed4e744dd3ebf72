package id.go.ntbprov.satudata.core.conformity;

/**
 * Every rule of the automatic conformity check (SOP step 3a). The constant's name travels in API
 * answers; its message key selects the Indonesian and English text in the messages bundle.
 *
 * <p>Message arguments, for every rule: {@code {0}} row number, {@code {1}} column (variable or
 * heading) name, {@code {2}} the cell value, {@code {3}} the column letter as Excel shows it, then
 * {@code {4}}, {@code {5}} ... the finding's own {@link Finding#args() args}, as listed on each
 * constant.
 */
public enum CheckRule {
  /** No data row below the header. Row 0. */
  EMPTY_TABLE(Severity.ERROR),
  /** A variable of the structure has no column. Row 1; args: variable label. */
  HEADER_MISSING_COLUMN(Severity.ERROR),
  /** A heading that is no variable of the structure; its cells are ignored. Row 1. */
  HEADER_UNKNOWN_COLUMN(Severity.WARNING),
  /**
   * A variable's heading written twice; the later column is ignored. Row 1; args: the first
   * column's letter. (Repeated unknown headings are each just {@link #HEADER_UNKNOWN_COLUMN}.)
   */
  HEADER_DUPLICATE_COLUMN(Severity.ERROR),
  /** A row with more or fewer cells than the header. Value: cell count; args: header width. */
  ROW_WIDTH(Severity.ERROR),
  /** An empty cell in a required column. */
  REQUIRED_CELL(Severity.ERROR),
  /** Not a whole number in the declared style. Args: an example. */
  TYPE_INTEGER(Severity.ERROR),
  /** Not a number in the declared style. Args: an example. */
  TYPE_DECIMAL(Severity.ERROR),
  /** Not a real calendar date written {@code yyyy-MM-dd}. */
  TYPE_DATE(Severity.ERROR),
  /** Not a four-digit year from 1900 to 2999. */
  TYPE_YEAR(Severity.ERROR),
  /** Not a period as {@link id.go.ntbprov.satudata.core.period.Period#parse} reads it. */
  TYPE_PERIOD(Severity.ERROR),
  /** A code that is no member (code or alias) of the variable's list. Args: list id. */
  CODE_NOT_IN_LIST(Severity.ERROR),
  /** The variable names a code list the system does not know. Row 1; value: list id. */
  CODE_LIST_UNKNOWN(Severity.ERROR),
  /**
   * A region code at another level than the item's disaggregation, e.g. the province total in a
   * table by regency. Args: region label, its level, the item's level.
   */
  CODE_WRONG_LEVEL(Severity.WARNING),
  /** A number or year outside the variable's range. Args: the allowed range, e.g. {@code ≥ 0}. */
  OUT_OF_RANGE(Severity.ERROR),
  /** The period column names another period than the upload's. Args: the upload's period. */
  PERIOD_MISMATCH(Severity.ERROR),
  /**
   * Two rows with the same key. Value: this row's key values; args: the earlier row, the key
   * variables' names.
   */
  DUPLICATE_KEY(Severity.ERROR),
  /** A region of the item's level without any row. Row 0; value: the code; args: its label. */
  REGION_MISSING(Severity.WARNING),
  /** A field of the data standard is empty. Row 0; args: the field. */
  METADATA_INCOMPLETE(Severity.ERROR),
  /** A recommended metadata field (activity metadata, description) is empty. Row 0; args: field. */
  METADATA_RECOMMENDED(Severity.WARNING),
  /** A variable of the structure has no variable metadata (MS-Var). Row 0. */
  VARIABLE_METADATA_MISSING(Severity.WARNING);

  private final Severity severity;

  CheckRule(Severity severity) {
    this.severity = severity;
  }

  /** How serious a finding by this rule is. */
  public Severity severity() {
    return severity;
  }

  /** Key of the rule's text in the messages bundle: {@code check.} followed by the name. */
  public String messageKey() {
    return "check." + name();
  }
}
