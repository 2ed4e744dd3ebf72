package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The structure a conformant upload of an item must have: its variables in order, which of them
 * holds the region code, which holds the period.
 *
 * @param variables the columns, in the expected order
 * @param regionVariable name of the variable holding region codes (checked for completeness at the
 *     item's disaggregation level), if any
 * @param periodVariable name of the variable holding the data's period (a {@link VariableType#YEAR}
 *     or {@link VariableType#PERIOD}), if any
 */
public record TableStructure(
    List<Variable> variables, Optional<String> regionVariable, Optional<String> periodVariable) {

  /** Refuses duplicate names and references to unknown variables. */
  public TableStructure {
    variables = List.copyOf(variables);
    RuleViolation.require(!variables.isEmpty(), Rule.INPUT_REQUIRED, "structure.variables");
    Set<String> names = new HashSet<>();
    for (Variable v : variables) {
      RuleViolation.require(
          names.add(v.name().toLowerCase(Locale.ROOT)),
          Rule.DUPLICATE_IDENTIFIER,
          "variable",
          v.name());
    }
    regionVariable = regionVariable == null ? Optional.empty() : regionVariable;
    periodVariable = periodVariable == null ? Optional.empty() : periodVariable;
    List<Variable> vars = variables;
    regionVariable.ifPresent(
        r -> {
          Variable v = find(vars, r);
          RuleViolation.require(
              v != null && v.type() == VariableType.CODE,
              Rule.INPUT_INVALID,
              "structure.regionVariable",
              r);
        });
    periodVariable.ifPresent(
        p -> {
          Variable v = find(vars, p);
          RuleViolation.require(
              v != null && (v.type() == VariableType.YEAR || v.type() == VariableType.PERIOD),
              Rule.INPUT_INVALID,
              "structure.periodVariable",
              p);
        });
  }

  /** A structure with neither region nor period variable. */
  public static TableStructure of(Variable... variables) {
    return new TableStructure(List.of(variables), Optional.empty(), Optional.empty());
  }

  /** A copy naming the region variable. */
  public TableStructure withRegionVariable(String name) {
    return new TableStructure(variables, Optional.of(name), periodVariable);
  }

  /** A copy naming the period variable. */
  public TableStructure withPeriodVariable(String name) {
    return new TableStructure(variables, regionVariable, Optional.of(name));
  }

  /** The variable with that name (case-insensitive). */
  public Optional<Variable> variable(String name) {
    return Optional.ofNullable(find(variables, name));
  }

  /** The key variables, in column order. */
  public List<Variable> keyVariables() {
    return variables.stream().filter(Variable::key).toList();
  }

  private static Variable find(List<Variable> variables, String name) {
    for (Variable v : variables) {
      if (v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    return null;
  }
}
