package id.go.ntbprov.satudata.core.conformity;

import static id.go.ntbprov.satudata.core.conformity.NumberStyle.COMMA_DECIMAL;
import static id.go.ntbprov.satudata.core.conformity.NumberStyle.DOT_DECIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The type, required and range checks of single cells. */
class CellTypeTest {

  /**
   * Findings for one cell of {@code variable}, in a table with a second, filled column (a row whose
   * only cell is empty would be a blank row, which is no data).
   */
  static List<Finding> cell(Variable variable, NumberStyle style, String value) {
    Variable note = Variable.of("catatan", "Catatan", VariableType.TEXT, "").optional();
    return Fixtures.check(
            Fixtures.item(TableStructure.of(variable, note)),
            Fixtures.Y2020,
            style,
            List.of(variable.name(), "catatan"),
            new String[] {value, "x"})
        .findings();
  }

  static List<Finding> cell(VariableType type, NumberStyle style, String value) {
    return cell(Variable.of("nilai", "Nilai", type, ""), style, value);
  }

  static List<CheckRule> rules(VariableType type, NumberStyle style, String value) {
    return cell(type, style, value).stream().map(Finding::rule).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "721481", "-3", "+12", " 42 ", "007", "1,234,567"})
  void integerAcceptedInDotStyle(String value) {
    assertThat(rules(VariableType.INTEGER, DOT_DECIMAL, value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234.567", "1234567", "-1.000", "999"})
  void integerWithDotGroupsAcceptedInCommaStyle(String value) {
    assertThat(rules(VariableType.INTEGER, COMMA_DECIMAL, value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12.5",
        "1.234.567",
        "1,23",
        "12a",
        "-",
        "1 234",
        "1e5",
        "1,2345",
        ",123",
        "1,,234"
      })
  void integerRefusedInDotStyle(String value) {
    assertThat(rules(VariableType.INTEGER, DOT_DECIMAL, value))
        .containsExactly(CheckRule.TYPE_INTEGER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,5", "1234.567", "12.34", "1.234,0", "1.234."})
  void integerRefusedInCommaStyle(String value) {
    assertThat(rules(VariableType.INTEGER, COMMA_DECIMAL, value))
        .containsExactly(CheckRule.TYPE_INTEGER);
  }

  @Test
  void indonesianDecimalAcceptedOnlyInCommaStyle() {
    assertThat(rules(VariableType.DECIMAL, COMMA_DECIMAL, "1.234,5")).isEmpty();
    assertThat(rules(VariableType.DECIMAL, DOT_DECIMAL, "1.234,5"))
        .containsExactly(CheckRule.TYPE_DECIMAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234.5", "0.05", "-12.5", "1,234.5", "7", "0.000000000000000000001"})
  void decimalAcceptedInDotStyle(String value) {
    assertThat(rules(VariableType.DECIMAL, DOT_DECIMAL, value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.", ".5", "1.2.3", "1,5", "1.5E3", "NaN", "12,5"})
  void decimalRefusedInDotStyle(String value) {
    assertThat(rules(VariableType.DECIMAL, DOT_DECIMAL, value))
        .containsExactly(CheckRule.TYPE_DECIMAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.5", "1,2,3", "12,", "1.23,4"})
  void decimalRefusedInCommaStyle(String value) {
    assertThat(rules(VariableType.DECIMAL, COMMA_DECIMAL, value))
        .containsExactly(CheckRule.TYPE_DECIMAL);
  }

  @Test
  void typeFindingCarriesTheStylesExample() {
    assertThat(cell(VariableType.INTEGER, COMMA_DECIMAL, "1,5").get(0).args())
        .containsExactly("1.234.567");
    assertThat(cell(VariableType.DECIMAL, DOT_DECIMAL, "1,5").get(0).args())
        .containsExactly("1234.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-31", "2024-02-29", "2000-02-29", "1999-12-01"})
  void realDatesAccepted(String value) {
    assertThat(rules(VariableType.DATE, DOT_DECIMAL, value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29",
        "1900-02-29",
        "2025-04-31",
        "2025-13-01",
        "2025-00-10",
        "31/03/2025"
      })
  void impossibleOrNonIsoDatesRefused(String value) {
    assertThat(rules(VariableType.DATE, DOT_DECIMAL, value)).containsExactly(CheckRule.TYPE_DATE);
  }

  @Test
  void yearsFrom1900To2999() {
    assertThat(rules(VariableType.YEAR, DOT_DECIMAL, "1900")).isEmpty();
    assertThat(rules(VariableType.YEAR, DOT_DECIMAL, "2999")).isEmpty();
    for (String bad : List.of("1899", "3000", "25", "20255", "2O25", "2025.0")) {
      assertThat(rules(VariableType.YEAR, DOT_DECIMAL, bad)).containsExactly(CheckRule.TYPE_YEAR);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-Q1", "2025-tw4", "2025-T2", "2025-03", "2025-12"})
  void periodsAccepted(String value) {
    assertThat(rules(VariableType.PERIOD, DOT_DECIMAL, value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-Q5", "2025-13", "2025-3", "2025/03", "Q1-2025", "2025-TW"})
  void malformedPeriodsRefused(String value) {
    assertThat(rules(VariableType.PERIOD, DOT_DECIMAL, value))
        .containsExactly(CheckRule.TYPE_PERIOD);
  }

  @Test
  void textTakesAnything() {
    assertThat(rules(VariableType.TEXT, DOT_DECIMAL, "Lombok Barat, 'NTB' {0}")).isEmpty();
  }

  @Test
  void emptyRequiredCellIsAnErrorAndEmptyOptionalCellIsFine() {
    Variable required = Variable.of("nilai", "Nilai", VariableType.INTEGER, "");
    assertThat(cell(required, DOT_DECIMAL, "  "))
        .extracting(Finding::rule)
        .containsExactly(CheckRule.REQUIRED_CELL);
    assertThat(cell(required, DOT_DECIMAL, null))
        .extracting(Finding::rule)
        .containsExactly(CheckRule.REQUIRED_CELL);
    assertThat(cell(required.optional(), DOT_DECIMAL, "")).isEmpty();
  }

  @Test
  void rangeIsInclusiveAndComparedExactly() {
    Variable percent =
        Variable.of("persen", "Persen", VariableType.DECIMAL, "%")
            .withRange(BigDecimal.ZERO, new BigDecimal("100"));
    assertThat(cell(percent, DOT_DECIMAL, "0")).isEmpty();
    assertThat(cell(percent, DOT_DECIMAL, "100.000")).isEmpty();
    assertThat(cell(percent, COMMA_DECIMAL, "99,99")).isEmpty();
    assertThat(cell(percent, DOT_DECIMAL, "100.0001"))
        .extracting(Finding::rule)
        .containsExactly(CheckRule.OUT_OF_RANGE);
    assertThat(cell(percent, DOT_DECIMAL, "-0.01"))
        .extracting(Finding::rule)
        .containsExactly(CheckRule.OUT_OF_RANGE);
  }

  @Test
  void rangeWithFractionalBoundAndHugeNumbers() {
    Variable rate =
        Variable.of("rasio", "Rasio", VariableType.DECIMAL, "")
            .withRange(new BigDecimal("0.5"), new BigDecimal("1E+20"));
    assertThat(cell(rate, DOT_DECIMAL, "0.5")).isEmpty();
    assertThat(cell(rate, DOT_DECIMAL, "0.4999999999999999999999"))
        .extracting(Finding::rule)
        .containsExactly(CheckRule.OUT_OF_RANGE);
    assertThat(cell(rate, DOT_DECIMAL, "99999999999999999999.9")).isEmpty();
    assertThat(cell(rate, DOT_DECIMAL, "100000000000000000000.1"))
        .extracting(Finding::rule)
        .containsExactly(CheckRule.OUT_OF_RANGE);
  }

  @Test
  void rangeOfYearsAndIntegers() {
    Variable year =
        Variable.of("tahun", "Tahun", VariableType.YEAR, "")
            .withRange(new BigDecimal("2000"), null);
    assertThat(cell(year, DOT_DECIMAL, "2000")).isEmpty();
    Finding low = cell(year, DOT_DECIMAL, "1999").get(0);
    assertThat(low.rule()).isEqualTo(CheckRule.OUT_OF_RANGE);
    assertThat(low.args()).containsExactly("\u2265 2000");

    Variable count =
        Variable.of("jumlah", "Jumlah", VariableType.INTEGER, "")
            .withRange(null, new BigDecimal("1000000"));
    assertThat(cell(count, COMMA_DECIMAL, "1.000.000")).isEmpty();
    assertThat(cell(count, COMMA_DECIMAL, "1.000.001"))
        .extracting(Finding::rule)
        .containsExactly(CheckRule.OUT_OF_RANGE);
  }

  @Test
  void rangeIsShownInTheUploadsStyle() {
    Variable v =
        Variable.of("rasio", "Rasio", VariableType.DECIMAL, "")
            .withRange(new BigDecimal("0.5"), new BigDecimal("2.5"));
    assertThat(cell(v, COMMA_DECIMAL, "3").get(0).args()).containsExactly("0,5 \u2013 2,5");
  }

  @Test
  void findingLocatesTheCell() {
    Finding f = cell(VariableType.INTEGER, DOT_DECIMAL, " 12x ").get(0);
    assertThat(f.row()).isEqualTo(2);
    assertThat(f.columnIndex()).isEqualTo(1);
    assertThat(f.column()).isEqualTo("nilai");
    assertThat(f.value()).isEqualTo("12x");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }
}
