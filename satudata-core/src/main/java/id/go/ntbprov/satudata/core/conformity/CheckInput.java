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
 */
public record CheckInput(ItemDefinition item, Period period, NumberStyle numberStyle) {

  /** Refuses a missing item, period or number style. */
  public CheckInput {
    RuleViolation.requirePresent(item, "conformity.item");
    RuleViolation.requirePresent(period, "conformity.period");
    RuleViolation.requirePresent(numberStyle, "conformity.numberStyle");
  }
}
