package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One variable (column) a conformant upload must have.
 *
 * @param name column name as written in the header, e.g. {@code kode_wilayah}
 * @param label human label, e.g. "Kode wilayah"
 * @param type the cell type
 * @param unit unit of measure (satuan), e.g. "jiwa"; empty for codes and text
 * @param required true when every row must fill the cell
 * @param key true when the variable is part of the row key (no two rows share a key)
 * @param min smallest allowed value, for numbers and years
 * @param max largest allowed value, for numbers and years
 * @param codeList identifier of the reference list, for {@link VariableType#CODE}
 */
public record Variable(
    String name,
    String label,
    VariableType type,
    String unit,
    boolean required,
    boolean key,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    Optional<String> codeList) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Refuses malformed names, a code variable without list, and an empty range. */
  public Variable {
    name = RuleViolation.requireText(name, "variable.name");
    RuleViolation.require(NAME.matcher(name).matches(), Rule.INPUT_INVALID, "variable.name", name);
    label = label == null || label.isBlank() ? name : label.strip();
    RuleViolation.requirePresent(type, "variable.type");
    unit = unit == null ? "" : unit.strip();
    min = min == null ? Optional.empty() : min;
    max = max == null ? Optional.empty() : max;
    codeList = codeList == null ? Optional.empty() : codeList.filter(s -> !s.isBlank());
    RuleViolation.require(
        type != VariableType.CODE || codeList.isPresent(),
        Rule.INPUT_REQUIRED,
        "variable.codeList (" + name + ")");
    if (min.isPresent() && max.isPresent()) {
      RuleViolation.require(
          min.get().compareTo(max.get()) <= 0,
          Rule.INPUT_INVALID,
          "variable.range (" + name + ")",
          min.get() + ".." + max.get());
    }
  }

  /** A required variable without range or list. */
  public static Variable of(String name, String label, VariableType type, String unit) {
    return new Variable(
        name, label, type, unit, true, false, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A required key variable holding codes of {@code codeList}. */
  public static Variable keyCode(String name, String label, String codeList) {
    return new Variable(
        name,
        label,
        VariableType.CODE,
        "",
        true,
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.of(codeList));
  }

  /** A copy that is part of the row key (and therefore required). */
  public Variable asKey() {
    return new Variable(name, label, type, unit, true, true, min, max, codeList);
  }

  /** A copy that may be left empty. */
  public Variable optional() {
    return new Variable(name, label, type, unit, false, key, min, max, codeList);
  }

  /** A copy with an allowed range; either bound may be null. */
  public Variable withRange(BigDecimal min, BigDecimal max) {
    return new Variable(
        name,
        label,
        type,
        unit,
        required,
        key,
        Optional.ofNullable(min),
        Optional.ofNullable(max),
        codeList);
  }
}
