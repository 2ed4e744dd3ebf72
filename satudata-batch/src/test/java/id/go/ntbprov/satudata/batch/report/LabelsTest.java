package id.go.ntbprov.satudata.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Period;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void bothBundlesHaveTheSameKeys() {
    Set<String> indonesian = Labels.bundle(Locale.ROOT).keySet();
    ResourceBundle english = Labels.bundle(Locale.ENGLISH);
    assertThat(english.getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian);
  }

  @Test
  void everyFigureHasItsLabels() {
    Set<String> keys = Labels.bundle(Locale.ROOT).keySet();
    for (Figure f : Figure.values()) {
      assertThat(keys).contains(f.labelKey(), f.shortLabelKey());
    }
  }

  @Test
  void defaultLocaleOfTheJvmNeverLeaksIn() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Labels.of(ReportContext.INDONESIAN).get("breach.late")).isEqualTo("Terlambat");
      assertThat(Labels.of(Locale.GERMAN).get("breach.late")).isEqualTo("Terlambat");
      assertThat(Labels.of(Locale.UK).get("breach.late")).isEqualTo("Late");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void formatsNumbersPercentagesDurationsAndPeriods() {
    Formats id = new Formats(Labels.of(null), ZoneId.of("Asia/Makassar"));
    Formats en = new Formats(Labels.of(Locale.ENGLISH), ZoneId.of("Asia/Makassar"));

    assertThat(id.percent(new BigDecimal("0.6667"))).isEqualTo("66,67%");
    assertThat(en.percent(new BigDecimal("0.6667"))).isEqualTo("66.67%");
    assertThat(id.percent(new BigDecimal("1.0000"))).isEqualTo("100,00%");
    assertThat(id.integer(10_000)).isEqualTo("10.000");
    assertThat(id.duration(Duration.ofSeconds(210))).isEqualTo("3 menit 30 detik");
    assertThat(id.duration(Duration.ofDays(1862).plusHours(8).plusMinutes(59)))
        .isEqualTo("1.862 hari 8 jam");
    assertThat(id.duration(Duration.ofDays(2))).isEqualTo("2 hari");
    assertThat(id.duration(Duration.ZERO)).isEqualTo("0 detik");
    assertThat(id.duration(Duration.ofMinutes(-90))).isEqualTo("-1 jam 30 menit");
    assertThat(id.duration(Optional.empty())).isEqualTo("—");
    assertThat(en.duration(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
    assertThat(en.duration(Duration.ofDays(1862).plusHours(8))).isEqualTo("1,862 days 8 hours");
    assertThat(id.period(Period.quarter(2026, 4))).isEqualTo("Triwulan IV 2026");
    assertThat(id.period(Period.year(2026))).isEqualTo("Tahun 2026");
    assertThat(en.period(Period.quarter(2026, 1))).isEqualTo("Quarter 1 2026");
  }
}
