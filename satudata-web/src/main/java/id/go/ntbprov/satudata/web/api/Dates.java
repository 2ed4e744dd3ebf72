package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates from request fields, refused by field name when malformed. */
final class Dates {

  private Dates() {}

  static java.time.Instant instant(String value, java.time.Instant fallback, String field) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return java.time.Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new RuleViolation(Rule.INPUT_INVALID, field, value);
    }
  }

  static LocalDate parse(String value, String field) {
    RuleViolation.requireText(value, field);
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new RuleViolation(Rule.INPUT_INVALID, field, value);
    }
  }
}
