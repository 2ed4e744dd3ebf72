package id.go.ntbprov.satudata.core.conformity;

import static id.go.ntbprov.satudata.core.conformity.NumberStyle.DOT_DECIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.conformity.Fixtures.Collector;
import id.go.ntbprov.satudata.core.conformity.Fixtures.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole tables: the conformant SP2020 table, the header, row widths, blank and empty tables. */
class ConformityCheckerTest {

  private static final List<String> HEADER = List.of("kode_wilayah", "tahun", "jumlah_penduduk");

  @Test
  void conformantPopulationTableYieldsNoFinding() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(), Fixtures.Y2020, DOT_DECIMAL, Fixtures.PENDUDUK_SP2020_CSV);

    assertThat(r.findings()).isEmpty();
    assertThat(r.report().rowsChecked()).isEqualTo(10);
    assertThat(r.report().hasErrors()).isFalse();
    assertThat(r.report().hasWarnings()).isFalse();
    assertThat(r.report().countByRule()).isEmpty();
  }

  @Test
  void conformantTableWithKemendagriCodesAndShuffledColumnsYieldsNoFinding() {
    StringBuilder csv = new StringBuilder("\uFEFFJumlah_Penduduk , TAHUN,kode_wilayah\n");
    for (String[] r : Fixtures.csv(Fixtures.PENDUDUK_SP2020_CSV).subList(1, 11)) {
      String kemendagri = r[0].substring(0, 2) + "." + r[0].substring(2);
      csv.append(r[2]).append(',').append(r[1]).append(',').append(kemendagri).append('\n');
    }
    Result r = Fixtures.check(Fixtures.penduduk(), Fixtures.Y2020, DOT_DECIMAL, csv.toString());

    assertThat(r.findings()).isEmpty();
    assertThat(r.report().rowsChecked()).isEqualTo(10);
  }

  @Test
  void cellsAreCheckedByHeadingNotByPosition() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("jumlah_penduduk", "kode_wilayah", "tahun"),
            new String[] {"banyak", "5201", "2020"});

    Finding f = r.of(CheckRule.TYPE_INTEGER).get(0);
    assertThat(f.columnIndex()).isEqualTo(1);
    assertThat(f.column()).isEqualTo("jumlah_penduduk");
    assertThat(f.value()).isEqualTo("banyak");
  }

  @Test
  void missingColumnIsAnErrorOnRowOne() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("kode_wilayah", "tahun"),
            new String[] {"5201", "2020"});

    Finding f = r.of(CheckRule.HEADER_MISSING_COLUMN).get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.row()).isEqualTo(1);
    assertThat(f.column()).isEqualTo("jumlah_penduduk");
    assertThat(f.args()).containsExactly("Jumlah penduduk");
    assertThat(r.of(CheckRule.HEADER_MISSING_COLUMN)).hasSize(1);
  }

  @Test
  void unknownColumnIsAWarningAndItsCellsAreIgnored() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("kode_wilayah", "keterangan", "tahun", "jumlah_penduduk"),
            new String[] {"5201", "not a number!", "2020", "721481"});

    assertThat(r.rules()).contains(CheckRule.HEADER_UNKNOWN_COLUMN);
    Finding f = r.of(CheckRule.HEADER_UNKNOWN_COLUMN).get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.row()).isEqualTo(1);
    assertThat(f.columnIndex()).isEqualTo(2);
    assertThat(f.value()).isEqualTo("keterangan");
    assertThat(r.findings()).allMatch(x -> x.row() != 2);
  }

  @Test
  void duplicateHeadingIsAnErrorAndTheFirstColumnCounts() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("kode_wilayah", "tahun", "jumlah_penduduk", " Tahun "),
            new String[] {"5201", "2020", "721481", "kemarin"});

    Finding f = r.of(CheckRule.HEADER_DUPLICATE_COLUMN).get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.columnIndex()).isEqualTo(4);
    assertThat(f.columnLetter()).isEqualTo("D");
    assertThat(f.args()).containsExactly("B");
    assertThat(r.rules()).doesNotContain(CheckRule.TYPE_YEAR);
  }

  @Test
  void rowWidthIsAnErrorAndThePresentCellsAreStillChecked() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            HEADER,
            new String[] {"5201", "20x0"},
            new String[] {"5202", "2020", "1034859", "extra"},
            new String[] {"5203", "2020", "1325240"});

    assertThat(r.of(CheckRule.ROW_WIDTH))
        .extracting(Finding::row, Finding::value, Finding::args)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "2", List.of("3")),
            org.assertj.core.groups.Tuple.tuple(3L, "4", List.of("3")));
    assertThat(r.of(CheckRule.TYPE_YEAR)).extracting(Finding::row).containsExactly(2L);
    // The absent cell of row 2 is not reported again as empty.
    assertThat(r.rules()).doesNotContain(CheckRule.REQUIRED_CELL);
  }

  @Test
  void tableWithoutDataRowsIsAnError() {
    Result r = Fixtures.check(Fixtures.penduduk(), Fixtures.Y2020, DOT_DECIMAL, HEADER);

    assertThat(r.rules()).containsExactly(CheckRule.EMPTY_TABLE);
    assertThat(r.findings().get(0).row()).isZero();
    assertThat(r.report().errors()).isEqualTo(1);
  }

  @Test
  void blankRowsKeepTheirNumberButAreNoData() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            HEADER,
            new String[] {"", " ", null},
            new String[] {},
            new String[] {"5201", "2020", "-1"},
            new String[] {"", "", ""});

    assertThat(r.report().rowsChecked()).isEqualTo(1);
    assertThat(r.of(CheckRule.OUT_OF_RANGE)).extracting(Finding::row).containsExactly(4L);
    assertThat(r.rules()).doesNotContain(CheckRule.ROW_WIDTH, CheckRule.REQUIRED_CELL);
  }

  @Test
  void onlyBlankRowsMakeAnEmptyTable() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(), Fixtures.Y2020, DOT_DECIMAL, HEADER, new String[] {"", "", ""});

    assertThat(r.rules()).containsExactly(CheckRule.EMPTY_TABLE);
  }

  @Test
  void sessionStreamsFindingsAsTheyAreFound() {
    Collector sink = new Collector();
    CheckSession session =
        Fixtures.checker()
            .start(
                new CheckInput(Fixtures.penduduk(), Fixtures.Y2020, DOT_DECIMAL),
                List.of("kode_wilayah", "tahun", "jumlah_penduduk", "x"),
                sink);
    assertThat(sink.rules()).containsExactly(CheckRule.HEADER_UNKNOWN_COLUMN);

    session.accept(new String[] {"9999", "2020", "1", ""});
    assertThat(sink.rules())
        .containsExactly(CheckRule.HEADER_UNKNOWN_COLUMN, CheckRule.CODE_NOT_IN_LIST);
    assertThat(session.rowsChecked()).isEqualTo(1);
    assertThat(session.lastRow()).isEqualTo(2);
    assertThat(session.report().errors()).isEqualTo(1);

    ConformityReport report = session.finish();
    assertThat(report.count(CheckRule.REGION_MISSING)).isEqualTo(10);
    assertThat(session.finish()).isSameAs(report);
    assertThatThrownBy(() -> session.accept(new String[] {"5201", "2020", "1", ""}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reportCountsEveryFindingTheSinkReceived() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("kode_wilayah", "tahun", "jumlah_penduduk", "catatan"),
            new String[] {"52", "2019", "x", ""},
            new String[] {"5201", "", "1", ""});

    long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = r.findings().size() - errors;
    assertThat(r.report().errors()).isEqualTo(errors).isPositive();
    assertThat(r.report().warnings()).isEqualTo(warnings).isPositive();
    for (CheckRule rule : CheckRule.values()) {
      assertThat(r.report().count(rule)).as(rule.name()).isEqualTo(r.of(rule).size());
    }
  }
}
