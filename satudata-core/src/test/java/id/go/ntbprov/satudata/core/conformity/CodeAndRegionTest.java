package id.go.ntbprov.satudata.core.conformity;

import static id.go.ntbprov.satudata.core.conformity.NumberStyle.DOT_DECIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.conformity.Fixtures.Result;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code lists, region levels and the completeness of NTB's ten regencies and cities. */
class CodeAndRegionTest {

  private static final List<String> HEADER = List.of("kode_wilayah", "tahun", "jumlah_penduduk");

  /** One row per code, with valid year and count. */
  private static Result rows(List<String> codes) {
    List<String[]> rows = new ArrayList<>();
    for (String code : codes) {
      rows.add(new String[] {code, "2020", "1000"});
    }
    return Fixtures.check(
        Fixtures.penduduk(), Fixtures.Y2020, DOT_DECIMAL, HEADER, rows.toArray(new String[0][]));
  }

  @Test
  void codesAndAliasesOfTheListAreAccepted() {
    Result r =
        rows(
            List.of(
                "52.01", "5202", "52.03", "5204", "52.05", "5206", "52.07", "5208", "52.71",
                "5272"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void codeOutsideTheListIsAnError() {
    List<String> codes = new ArrayList<>(Fixtures.REGENCY_BPS_CODES);
    codes.add("5301"); // Nusa Tenggara Timur
    Result r = rows(codes);

    assertThat(r.rules()).containsExactly(CheckRule.CODE_NOT_IN_LIST);
    Finding f = r.findings().get(0);
    assertThat(f.row()).isEqualTo(12);
    assertThat(f.columnIndex()).isEqualTo(1);
    assertThat(f.value()).isEqualTo("5301");
    assertThat(f.args()).containsExactly("wilayah");
  }

  @Test
  void provinceTotalInARegencyTableIsAWarning() {
    List<String> codes = new ArrayList<>(Fixtures.REGENCY_BPS_CODES);
    codes.add("52");
    Result r = rows(codes);

    assertThat(r.rules()).containsExactly(CheckRule.CODE_WRONG_LEVEL);
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.row()).isEqualTo(12);
    assertThat(f.value()).isEqualTo("52");
    assertThat(f.args()).containsExactly("Nusa Tenggara Barat", "provinsi", "kabupaten/kota");
    assertThat(r.report().hasErrors()).isFalse();
  }

  @Test
  void everyRegencyWithoutARowIsReportedWithItsName() {
    Result r = rows(List.of("5201", "52.02", "5203", "5204", "5205", "5206", "5207", "5208"));

    assertThat(r.of(CheckRule.REGION_MISSING))
        .extracting(Finding::value, f -> f.args().get(0), Finding::row, Finding::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("52.71", "Mataram", 0L, "kode_wilayah"),
            org.assertj.core.groups.Tuple.tuple("52.72", "Bima", 0L, "kode_wilayah"));
    assertThat(r.report().warnings()).isEqualTo(2);
    assertThat(r.report().errors()).isZero();
  }

  @Test
  void aRegionNamedByItsAliasCountsAsPresent() {
    Result r = rows(Fixtures.REGENCY_BPS_CODES);
    assertThat(r.rules()).doesNotContain(CheckRule.REGION_MISSING);
  }

  @Test
  void unknownCodeListIsAFindingNotACrash() {
    Variable kbli = Variable.keyCode("kbli", "Lapangan usaha", "kbli2020");
    Variable nilai =
        Variable.of(
            "nilai", "Nilai", id.go.ntbprov.satudata.core.datalist.VariableType.INTEGER, "");
    Result r =
        Fixtures.check(
            Fixtures.item(TableStructure.of(kbli, nilai)),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("kbli", "nilai"),
            new String[] {"A", "1"},
            new String[] {"B", "2"});

    assertThat(r.rules()).containsExactly(CheckRule.CODE_LIST_UNKNOWN);
    Finding f = r.findings().get(0);
    assertThat(f.row()).isEqualTo(1);
    assertThat(f.columnIndex()).isEqualTo(1);
    assertThat(f.column()).isEqualTo("kbli");
    assertThat(f.value()).isEqualTo("kbli2020");
    assertThat(r.report().hasErrors()).isTrue();
  }

  @Test
  void unknownRegionListDisablesCompletenessButNotTheOtherChecks() {
    ConformityChecker noLists = new ConformityChecker(id -> java.util.Optional.empty());
    Fixtures.Collector sink = new Fixtures.Collector();
    noLists.check(
        new CheckInput(Fixtures.penduduk(), Fixtures.Y2020, DOT_DECIMAL),
        HEADER,
        List.<String[]>of(new String[] {"5201", "2021", "1"}).iterator(),
        sink);

    assertThat(sink.rules())
        .containsExactly(CheckRule.CODE_LIST_UNKNOWN, CheckRule.PERIOD_MISMATCH);
  }

  @Test
  void missingRegionColumnReportsTheColumnNotEveryRegion() {
    Result r =
        Fixtures.check(
            Fixtures.penduduk(),
            Fixtures.Y2020,
            DOT_DECIMAL,
            List.of("tahun", "jumlah_penduduk"),
            new String[] {"2020", "5"});

    assertThat(r.rules()).containsExactly(CheckRule.HEADER_MISSING_COLUMN);
  }

  @Test
  void codesAreMatchedExactlyAfterTrimming() {
    Result r = rows(List.of(" 5201 ", "52,01", "5201.0"));
    assertThat(r.of(CheckRule.CODE_NOT_IN_LIST))
        .extracting(Finding::value)
        .containsExactly("52,01", "5201.0");
  }
}
