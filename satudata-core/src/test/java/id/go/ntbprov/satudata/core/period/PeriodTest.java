package id.go.ntbprov.satudata.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods parse from their written forms, refuse malformed ones, and know their bounds. */
class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2025,2025",
    "2025-Q1,2025-Q1",
    "2025-tw3,2025-Q3",
    "2025-T4,2025-Q4",
    "2025-03,2025-03"
  })
  void writtenFormsParseAndPrintCanonically(String written, String canonical) {
    assertThat(Period.parse(written)).hasToString(canonical);
    assertThat(Period.parse(canonical)).isEqualTo(Period.parse(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-Q5", "2025-13", "2025-00", "2025-", "Q1-2025", "1899"})
  void malformedPeriodsAreRefusedNamingTheValue(String written) {
    assertThatThrownBy(() -> Period.parse(written))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.INPUT_INVALID);
              assertThat(e.getMessage()).contains("Isian Periode tidak valid");
              assertThat(e.args()).first().isEqualTo("period");
            });
  }

  @Test
  void boundsAreTheFirstDayAndTheDayAfterTheLast() {
    Period q4 = Period.quarter(2025, 4);
    assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(q4.endExclusive()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Period.month(2024, 2).endExclusive()).isEqualTo(LocalDate.of(2024, 3, 1));
    ZoneId wita = ZoneId.of("Asia/Makassar");
    assertThat(Period.year(2025).end(wita).toInstant()).hasToString("2025-12-31T16:00:00Z");
  }

  @Test
  void aQuarterLiesInsideItsYearAndNotInsideAnother() {
    assertThat(Period.year(2025).contains(Period.quarter(2025, 2))).isTrue();
    assertThat(Period.year(2025).contains(Period.month(2026, 1))).isFalse();
    assertThat(Period.quarter(2025, 2).contains(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(Period.quarter(2025, 2).contains(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(Period.month(2025, 3)).isGreaterThan(Period.quarter(2025, 1));
  }
}
