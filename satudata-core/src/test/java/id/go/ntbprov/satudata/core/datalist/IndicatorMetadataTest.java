package id.go.ntbprov.satudata.core.datalist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An indicator (MS-Ind) needs its name; the rest may be completed later. */
class IndicatorMetadataTest {

  @Test
  void anIndicatorWithoutANameIsRefusedNamingTheField() {
    assertThatThrownBy(() -> new IndicatorMetadata(" ", "k", "d", "r", "s", "i", List.of()))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.rule()).isEqualTo(Rule.INPUT_REQUIRED);
              assertThat(v.message(Messages.INDONESIAN))
                  .isEqualTo("Isian Nama indikator (MS-Ind) wajib diisi.");
              assertThat(v.message(Locale.ENGLISH))
                  .isEqualTo("Field Indicator name (MS-Ind) is required.");
            });
  }

  @Test
  void aNamedIndicatorKeepsItsFieldsStrippedAndNullsEmpty() {
    IndicatorMetadata i = new IndicatorMetadata(" Rasio ", null, null, "a / b", null, null, null);
    assertThat(i.nama()).isEqualTo("Rasio");
    assertThat(i.konsep()).isEmpty();
    assertThat(i.rumus()).isEqualTo("a / b");
    assertThat(i.variabelPembangun()).isEmpty();
  }
}
