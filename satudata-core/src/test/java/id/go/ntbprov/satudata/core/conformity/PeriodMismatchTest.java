package id.go.ntbprov.satudata.core.conformity;

import static id.go.ntbprov.satudata.core.conformity.NumberStyle.DOT_DECIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.conformity.Fixtures.Result;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every value of the period column must denote the submission's period. */
class PeriodMismatchTest {

  private static final List<String> HEADER = List.of("kode_wilayah", "tahun", "jumlah_penduduk");

  @Test
  void yearColumnMustHoldTheSubmissionsYear() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            HEADER,
            new String[] {"5201", "2020", "721481"},
            new String[] {"5202", "2019", "1034859"});

    assertThat(r.rules()).contains(CheckRule.PERIOD_MISMATCH);
    Finding f = r.of(CheckRule.PERIOD_MISMATCH).get(0);
    assertThat(f.row()).isEqualTo(3);
    assertThat(f.column()).isEqualTo("tahun");
    assertThat(f.value()).isEqualTo("2019");
    assertThat(f.args()).containsExactly("2020");
    assertThat(r.of(CheckRule.PERIOD_MISMATCH)).hasSize(1);
  }

  @Test
  void yearColumnOfAQuarterlySubmissionHoldsTheQuartersYear() {
    Result ok =
        Fixtures.check(
            Fixtures.penduduk(),
            Period.quarter(2020, 3),
            DOT_DECIMAL,
            HEADER,
            new String[] {"5201", "2020", "1"});
    assertThat(ok.rules()).doesNotContain(CheckRule.PERIOD_MISMATCH);
  }

  @Test
  void periodColumnMustEqualTheSubmissionsPeriodInAnyWrittenForm() {
    Variable periode = Variable.of("periode", "Periode", VariableType.PERIOD, "");
    Variable nilai = Variable.of("nilai", "Nilai", VariableType.INTEGER, "");
    TableStructure s =
        new TableStructure(List.of(periode, nilai), Optional.empty(), Optional.of("periode"));

    Result r =
        Fixtures.check(
            Fixtures.item(s),
            Period.quarter(2025, 1),
            DOT_DECIMAL,
            List.of("periode", "nilai"),
            new String[] {"2025-Q1", "1"},
            new String[] {"2025-tw1", "2"},
            new String[] {"2025-T1", "3"},
            new String[] {"2025-Q2", "4"},
            new String[] {"2025", "5"},
            new String[] {"2025-01", "6"});

    assertThat(r.of(CheckRule.PERIOD_MISMATCH))
        .extracting(Finding::row)
        .containsExactly(5L, 6L, 7L);
    assertThat(r.of(CheckRule.PERIOD_MISMATCH).get(0).args()).containsExactly("2025-Q1");
  }

  @Test
  void periodTypeWithoutPeriodRoleIsOnlyTypeChecked() {
    Variable periode = Variable.of("periode", "Periode", VariableType.PERIOD, "");
    Result r =
        Fixtures.check(
            Fixtures.item(TableStructure.of(periode)),
            Period.year(2025),
            DOT_DECIMAL,
            List.of("periode"),
            new String[] {"2019-05"});

    assertThat(r.findings()).isEmpty();
  }
}
