package id.go.ntbprov.satudata.core.conformity;

import static id.go.ntbprov.satudata.core.conformity.NumberStyle.COMMA_DECIMAL;
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

/** Two rows may not share a key; keys are compared after normalisation. */
class DuplicateKeyTest {

  private static final List<String> HEADER = List.of("kode_wilayah", "tahun", "jumlah_penduduk");

  @Test
  void aliasAndCanonicalCodeAreTheSameKey() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            HEADER,
            new String[] {"5201", "2020", "721481"},
            new String[] {"5202", "2020", "1034859"},
            new String[] {" 52.01", "2020", "721481"});

    assertThat(r.rules()).contains(CheckRule.DUPLICATE_KEY);
    Finding f = r.of(CheckRule.DUPLICATE_KEY).get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.row()).isEqualTo(4);
    assertThat(f.value()).isEqualTo("52.01, 2020");
    assertThat(f.args()).containsExactly("2", "kode_wilayah, tahun");
    assertThat(r.of(CheckRule.DUPLICATE_KEY)).hasSize(1);
  }

  @Test
  void everyRepeatNamesTheFirstRow() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            HEADER,
            new String[] {"5203", "2020", "1"},
            new String[] {"5203", "2020", "2"},
            new String[] {"52.03", "2020", "3"});

    assertThat(r.of(CheckRule.DUPLICATE_KEY))
        .extracting(Finding::row, f -> f.args().get(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "2"),
            org.assertj.core.groups.Tuple.tuple(4L, "2"));
  }

  @Test
  void differentKeysAreNoDuplicates() {
    Variable id = Variable.of("no", "Nomor", VariableType.INTEGER, "").asKey();
    Variable name = Variable.of("nama", "Nama", VariableType.TEXT, "");
    String[][] rows = new String[5000][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new String[] {Integer.toString(i), "n" + i};
    }
    Result r =
        Fixtures.check(
            Fixtures.item(TableStructure.of(id, name)),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("no", "nama"),
            rows);

    assertThat(r.findings()).isEmpty();
  }

  @Test
  void numbersArekeyedByValueAndPeriodsByMeaning() {
    Variable periode = Variable.of("periode", "Periode", VariableType.PERIOD, "").asKey();
    Variable no = Variable.of("no", "Nomor", VariableType.DECIMAL, "").asKey();
    TableStructure s = new TableStructure(List.of(periode, no), Optional.empty(), Optional.empty());

    Result r =
        Fixtures.check(
            Fixtures.item(s),
            Period.quarter(2025, 1),
            COMMA_DECIMAL,
            List.of("periode", "no"),
            new String[] {"2025-Q1", "1.000"},
            new String[] {"2025-TW1", "1000,00"},
            new String[] {"2025-q1", "1000,5"});

    assertThat(r.of(CheckRule.DUPLICATE_KEY)).extracting(Finding::row).containsExactly(3L);
  }

  @Test
  void rowsWithAnEmptyKeyCellAreNotComparedTwice() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            HEADER,
            new String[] {"5201", "", "1"},
            new String[] {"5201", "", "2"});

    assertThat(r.rules()).containsOnly(CheckRule.REQUIRED_CELL, CheckRule.REGION_MISSING);
  }

  @Test
  void noKeyNoDuplicateCheck() {
    Variable name = Variable.of("nama", "Nama", VariableType.TEXT, "");
    Result r =
        Fixtures.check(
            Fixtures.item(TableStructure.of(name)),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("nama"),
            new String[] {"a"},
            new String[] {"a"});

    assertThat(r.findings()).isEmpty();
  }

  @Test
  void keyWithAMissingColumnIsNotChecked() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("kode_wilayah", "jumlah_penduduk"),
            new String[] {"5201", "1"},
            new String[] {"5201", "2"});

    assertThat(r.rules()).doesNotContain(CheckRule.DUPLICATE_KEY);
  }

  @Test
  void keyCellsCannotBeShiftedIntoOneAnother() {
    Variable a = Variable.of("a", "A", VariableType.TEXT, "").asKey();
    Variable b = Variable.of("b", "B", VariableType.TEXT, "").asKey();
    Result r =
        Fixtures.check(
            Fixtures.item(TableStructure.of(a, b)),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("a", "b"),
            new String[] {"ab", "c"},
            new String[] {"a", "bc"},
            new String[] {"c", "ab"});

    assertThat(r.findings()).isEmpty();
  }
}
