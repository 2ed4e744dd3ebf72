package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * What an upload is checked against.
 *
 * @param item the data list item's definition (structure, disaggregation, metadata)
 * @param period the period the upload is submitted for
 * @param numberStyle how the upload writes numbers
 * @param headerRow the row number of the header in the user's file (1 unless a spreadsheet has
 *     title rows above it); data rows are numbered from the next one
 */
public record CheckInput(
    ItemDefinition item, Period period, NumberStyle numberStyle, long headerRow) {

  /** Refuses a missing item, period or number style, or a header row below 1. */
  public CheckInput {
    RuleViolation.requirePresent(item, "conformity.item");
    RuleViolation.requirePresent(period, "conformity.period");
    RuleViolation.requirePresent(numberStyle, "conformity.numberStyle");
    RuleViolation.require(
        headerRow >= 1,
        id.go.ntbprov.satudata.core.rule.Rule.INPUT_INVALID,
        "headerRow",
        headerRow);
  }

  /** An upload whose header is its first row. */
  public CheckInput(ItemDefinition item, Period period, NumberStyle numberStyle) {
    this(item, period, numberStyle, 1);
  }
}
