package id.go.ntbprov.satudata.web.screens.collection;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Periodicity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period due for an item: the last one of its periodicity that closed before today. */
class DueItemsTest {

  @Test
  void annualItemsAreDueForLastYear() {
    assertThat(DueItems.lastClosed(Periodicity.ANNUAL, LocalDate.of(2026, 11, 25)))
        .hasToString("2025");
    assertThat(DueItems.lastClosed(Periodicity.ANNUAL, LocalDate.of(2026, 1, 1)))
        .hasToString("2025");
  }

  @Test
  void quarterlyItemsAreDueForTheQuarterBefore() {
    assertThat(DueItems.lastClosed(Periodicity.QUARTERLY, LocalDate.of(2026, 11, 25)))
        .hasToString("2026-Q3");
    assertThat(DueItems.lastClosed(Periodicity.QUARTERLY, LocalDate.of(2026, 4, 1)))
        .hasToString("2026-Q1");
    assertThat(DueItems.lastClosed(Periodicity.QUARTERLY, LocalDate.of(2026, 3, 31)))
        .hasToString("2025-Q4");
  }

  @Test
  void monthlyItemsAreDueForTheMonthBefore() {
    assertThat(DueItems.lastClosed(Periodicity.MONTHLY, LocalDate.of(2026, 1, 15)))
        .hasToString("2025-12");
    assertThat(DueItems.lastClosed(Periodicity.MONTHLY, LocalDate.of(2026, 11, 25)))
        .hasToString("2026-10");
  }
}
