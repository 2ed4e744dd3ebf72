package id.go.ntbprov.satudata.batch.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellSafetyTest {

  @Test
  void formulaTriggersArePrefixed() {
    assertThat(CellSafety.neutralise("=1+2")).isEqualTo("'=1+2");
    assertThat(CellSafety.neutralise("+62 812 3456")).isEqualTo("'+62 812 3456");
    assertThat(CellSafety.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(CellSafety.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CellSafety.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(CellSafety.neutralise("\r=1")).isEqualTo("'\r=1");
    assertThat(CellSafety.neutralise("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
    assertThat(CellSafety.isDangerous("=A1")).isTrue();
  }

  @Test
  void numbersAndPlainTextStay() {
    assertThat(CellSafety.neutralise("-12")).isEqualTo("-12");
    assertThat(CellSafety.neutralise("-1.234,5")).isEqualTo("-1.234,5");
    assertThat(CellSafety.neutralise("-1,234.5")).isEqualTo("-1,234.5");
    assertThat(CellSafety.neutralise("+5")).isEqualTo("+5");
    assertThat(CellSafety.neutralise("-0.5")).isEqualTo("-0.5");
    assertThat(CellSafety.neutralise("-")).isEqualTo("-");
    assertThat(CellSafety.neutralise("Lombok Barat")).isEqualTo("Lombok Barat");
    assertThat(CellSafety.neutralise("")).isEmpty();
    assertThat(CellSafety.neutralise(null)).isNull();
    assertThat(CellSafety.isDangerous("-12")).isFalse();
  }

  @Test
  void malformedNumbersAreNotNumbers() {
    assertThat(CellSafety.neutralise("-1..2")).isEqualTo("'-1..2");
    assertThat(CellSafety.neutralise("-12.")).isEqualTo("'-12.");
    assertThat(CellSafety.neutralise("+")).isEqualTo("'+");
  }
}
