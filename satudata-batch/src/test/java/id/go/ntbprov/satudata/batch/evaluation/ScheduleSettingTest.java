package id.go.ntbprov.satudata.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code SATUDATA_EVALUATION_SCHEDULE}: off, on, or a delay after the period closes. */
class ScheduleSettingTest {

  private final EvaluationSchedule schedule = new EvaluationSchedule();

  ScheduleSettingTest() {
    schedule.profile = RegionProfiles.ntb();
  }

  @Test
  void valuesAreRead() {
    assertThat(ScheduleSetting.parse(null)).isEqualTo(new ScheduleSetting(true, Duration.ZERO));
    assertThat(ScheduleSetting.parse("  ")).isEqualTo(new ScheduleSetting(true, Duration.ZERO));
    assertThat(ScheduleSetting.parse("on")).isEqualTo(new ScheduleSetting(true, Duration.ZERO));
    assertThat(ScheduleSetting.parse("OFF").enabled()).isFalse();
    assertThat(ScheduleSetting.parse("P2D").delay()).isEqualTo(Duration.ofDays(2));
    assertThat(ScheduleSetting.parse("pt36h").delay()).isEqualTo(Duration.ofHours(36));
    assertThat(ScheduleSetting.parse("P1DT12H").delay()).isEqualTo(Duration.ofHours(36));
    assertThat(ScheduleSetting.parse("48h").delay()).isEqualTo(Duration.ofHours(48));
    assertThat(ScheduleSetting.parse(" 2d ").delay()).isEqualTo(Duration.ofDays(2));
    assertThat(ScheduleSetting.parse("P90D").delay()).isEqualTo(Duration.ofDays(90));
  }

  @Test
  void badValuesAreRefusedSayingWhatIsAccepted() {
    for (String bad : new String[] {"sometimes", "2 days", "-P1D", "P91D", "PT-5H", "h", "12"}) {
      assertThatThrownBy(() -> ScheduleSetting.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SATUDATA_EVALUATION_SCHEDULE='" + bad + "'")
          .hasMessageContaining("P2D");
    }
  }

  @Test
  void offRunsNothing() {
    assertThat(schedule.due(Instant.parse("2026-04-05T03:00:00Z"), ScheduleSetting.parse("off")))
        .isEmpty();
  }

  @Test
  void withoutADelayTheQuarterIsDueAsSoonAsItCloses() {
    // 1 April 00:10 WITA (UTC+8) = 31 March 16:10 UTC: the first quarter has closed.
    assertThat(schedule.due(Instant.parse("2026-03-31T16:10:00Z"), ScheduleSetting.parse("on")))
        .containsExactly(Period.quarter(2026, 1));
    assertThat(schedule.due(Instant.parse("2026-03-31T15:50:00Z"), ScheduleSetting.parse("on")))
        .as("23:50 WITA on 31 March: still the fourth quarter of 2025 (and its year)")
        .containsExactly(Period.quarter(2025, 4), Period.year(2025));
  }

  @Test
  void aDelayWaitsThatLongAfterTheClose() {
    ScheduleSetting twoDays = ScheduleSetting.parse("P2D");
    // The first quarter closes at 1 April 00:00 WITA = 31 March 16:00 UTC.
    assertThat(schedule.due(Instant.parse("2026-04-02T15:59:00Z"), twoDays))
        .as("1 minute short of two days: the previous quarter is still the last due")
        .containsExactly(Period.quarter(2025, 4), Period.year(2025));
    assertThat(schedule.due(Instant.parse("2026-04-02T16:00:00Z"), twoDays))
        .containsExactly(Period.quarter(2026, 1));
    ScheduleSetting sixHours = ScheduleSetting.parse("6h");
    assertThat(schedule.due(Instant.parse("2026-12-31T22:00:00Z"), sixHours))
        .as("1 January 06:00 WITA: the fourth quarter and the year")
        .containsExactly(Period.quarter(2026, 4), Period.year(2026));
    assertThat(schedule.due(Instant.parse("2026-12-31T21:59:00Z"), sixHours))
        .containsExactly(Period.quarter(2026, 3));
  }
}
