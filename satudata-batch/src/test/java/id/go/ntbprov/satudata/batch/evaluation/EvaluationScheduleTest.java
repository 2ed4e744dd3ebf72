package id.go.ntbprov.satudata.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The schedule asks for the last closed quarter, and the year after its fourth quarter. */
class EvaluationScheduleTest {

  private final EvaluationSchedule schedule = new EvaluationSchedule();

  EvaluationScheduleTest() {
    schedule.profile = RegionProfiles.ntb();
  }

  @Test
  void midQuarterTheLastClosedQuarterIsDue() {
    assertThat(schedule.due(Instant.parse("2026-11-25T03:00:00Z")))
        .containsExactly(Period.quarter(2026, 3));
  }

  @Test
  void inJanuaryTheFourthQuarterAndTheYearAreDue() {
    // 1 January 00:30 WITA is still 31 December in UTC: the region's zone decides.
    assertThat(schedule.due(Instant.parse("2025-12-31T16:30:00Z")))
        .containsExactly(Period.quarter(2025, 4), Period.year(2025));
  }
}
