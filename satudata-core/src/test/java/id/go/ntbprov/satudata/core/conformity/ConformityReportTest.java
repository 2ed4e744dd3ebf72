package id.go.ntbprov.satudata.core.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformityReportTest {

  @Test
  void mergeAddsRowsAndCountsPerRule() {
    ConformityReport table =
        new ConformityReport(
            10, 2, 1, Map.of(CheckRule.TYPE_INTEGER, 2L, CheckRule.REGION_MISSING, 1L));
    ConformityReport metadata =
        new ConformityReport(
            0, 1, 1, Map.of(CheckRule.TYPE_INTEGER, 1L, CheckRule.METADATA_RECOMMENDED, 1L));

    ConformityReport total = ConformityReport.merge(table, metadata);

    assertThat(total.rowsChecked()).isEqualTo(10);
    assertThat(total.errors()).isEqualTo(3);
    assertThat(total.warnings()).isEqualTo(2);
    assertThat(total.findings()).isEqualTo(5);
    assertThat(total.count(CheckRule.TYPE_INTEGER)).isEqualTo(3);
    assertThat(total.count(CheckRule.DUPLICATE_KEY)).isZero();
    assertThat(total.hasErrors()).isTrue();
    assertThat(total.hasWarnings()).isTrue();
    assertThat(ConformityReport.merge()).isEqualTo(ConformityReport.empty());
  }

  @Test
  void totalsMustAgreeWithTheCountsPerRule() {
    assertThatThrownBy(() -> new ConformityReport(1, 1, 0, Map.of(CheckRule.REGION_MISSING, 1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConformityReport(-1, 0, 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zeroCountsAreDroppedAndTheMapIsReadOnly() {
    ConformityReport r = new ConformityReport(3, 0, 0, Map.of(CheckRule.ROW_WIDTH, 0L));
    assertThat(r.countByRule()).isEmpty();
    assertThat(r.hasErrors()).isFalse();
    assertThatThrownBy(() -> r.countByRule().put(CheckRule.ROW_WIDTH, 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
