package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.Arrays;
import java.util.Locale;

/** Reads enum values from request fields, refusing unknown ones with the field and the choices. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      throw new RuleViolation(Rule.INPUT_REQUIRED, field);
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(
          Rule.INPUT_INVALID, field, value + " ∉ " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
