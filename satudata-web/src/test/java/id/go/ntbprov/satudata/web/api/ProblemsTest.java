package id.go.ntbprov.satudata.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule maps to the HTTP status its kind promises, and If-Match is honoured. */
class ProblemsTest {

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasAnHttpStatusOfItsKind(Rule rule) {
    int expected =
        switch (rule.kind()) {
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case INVALID_INPUT -> 422;
          case MISSING_INPUT, CONFLICT -> 409;
        };
    assertThat(Problems.status(rule)).isEqualTo(expected);
  }

  @Test
  void theSopsRefusalsGetTheStatusesTheApiDocuments() {
    assertThat(Problems.status(Rule.STEP_NOT_PERMITTED_FOR_ROLE)).isEqualTo(403);
    assertThat(Problems.status(Rule.PUBLICATION_REQUIRES_VALIDATION_LETTER)).isEqualTo(409);
    assertThat(Problems.status(Rule.CONCURRENT_UPDATE)).isEqualTo(409);
    assertThat(Problems.status(Rule.NOT_FOUND)).isEqualTo(404);
    assertThat(Problems.status(Rule.INPUT_REQUIRED)).isEqualTo(422);
  }

  @Test
  void ifMatchMustNameTheCurrentVersion() {
    Versions.requireMatch(null, 3, "item", "x");
    Versions.requireMatch("*", 3, "item", "x");
    Versions.requireMatch("\"3\"", 3, "item", "x");
    Versions.requireMatch("W/\"3\"", 3, "item", "x");
    assertThatThrownBy(() -> Versions.requireMatch("\"2\"", 3, "item", "x"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONCURRENT_UPDATE));
  }

  @Test
  void unknownEnumValuesNameTheFieldAndTheChoices() {
    assertThatThrownBy(() -> Enums.parse(Rule.Kind.class, "SOMETIMES", "kind"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.INPUT_INVALID);
              assertThat(e.getMessage()).contains("kind").contains("FORBIDDEN");
            });
    assertThat(Enums.parse(Rule.Kind.class, " conflict ", "kind")).isEqualTo(Rule.Kind.CONFLICT);
  }

  @Test
  void malformedDatesNameTheField() {
    assertThatThrownBy(() -> Dates.parse("12/01/2026", "date"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.getMessage()).contains("Isian Tanggal tidak valid: 12/01/2026");
              assertThat(e.message(java.util.Locale.ENGLISH)).contains("Field Date is not valid");
              assertThat(e.args()).first().isEqualTo("date");
            });
    assertThat(Dates.parse("2026-01-12", "date")).hasToString("2026-01-12");
  }

  @Test
  void theWebBundlesHoldTheSameKeysInBothLanguages() {
    assertThat(new java.util.TreeSet<>(WebMessages.bundle(java.util.Locale.ENGLISH).keySet()))
        .isEqualTo(new java.util.TreeSet<>(WebMessages.bundle(java.util.Locale.ROOT).keySet()))
        .isNotEmpty();
    assertThat(WebMessages.format(java.util.Locale.forLanguageTag("id"), "api.malformedJson", "x"))
        .startsWith("Isi permintaan bukan JSON yang valid");
  }
}
