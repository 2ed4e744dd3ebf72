package id.go.ntbprov.satudata.core.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.rule.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every finding reads in plain Indonesian and English, with its row, column and value. */
class FindingMessagesTest {

  private static final Set<CheckRule> TABLE_LEVEL =
      Set.of(
          CheckRule.EMPTY_TABLE,
          CheckRule.METADATA_INCOMPLETE,
          CheckRule.METADATA_RECOMMENDED,
          CheckRule.VARIABLE_METADATA_MISSING,
          CheckRule.REGION_MISSING,
          CheckRule.HEADER_MISSING_COLUMN,
          CheckRule.CODE_LIST_UNKNOWN);

  @ParameterizedTest
  @EnumSource(CheckRule.class)
  void everyRuleHasATextInBothLanguages(CheckRule rule) {
    for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      ResourceBundle bundle = Messages.bundle(locale);
      assertThat(bundle.containsKey(rule.messageKey())).as(rule + " " + locale).isTrue();
    }
    assertThat(Messages.bundle(Locale.ENGLISH).getString(rule.messageKey()))
        .isNotEqualTo(Messages.bundle(Messages.INDONESIAN).getString(rule.messageKey()));
  }

  @ParameterizedTest
  @EnumSource(CheckRule.class)
  void cellFindingsNameRowColumnAndValue(CheckRule rule) {
    Finding f =
        Finding.of(rule, 1234, 3, "jumlah_penduduk", "O'Brien", "arg-one", "arg-two", "arg-three");
    for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      String text = f.message(locale);
      assertThat(text).as(rule + " " + locale).doesNotContain("{", "}", "check.");
      if (!TABLE_LEVEL.contains(rule) && !rule.name().startsWith("HEADER_")) {
        if (rule != CheckRule.ROW_WIDTH && rule != CheckRule.DUPLICATE_KEY) {
          assertThat(text).contains("1234", "jumlah_penduduk", "(C)");
        } else {
          assertThat(text).contains("1234");
        }
        if (rule != CheckRule.REQUIRED_CELL) {
          assertThat(text).contains(rule == CheckRule.ROW_WIDTH ? "O'Brien" : "'O'Brien'");
        }
      }
    }
  }

  @Test
  void typeFindingInBothLanguages() {
    Finding f = Finding.of(CheckRule.TYPE_INTEGER, 5, 3, "jumlah_penduduk", "1,5", "1.234.567");

    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo(
            "Baris 5, kolom jumlah_penduduk (C): nilai '1,5' bukan bilangan bulat."
                + " Contoh penulisan yang benar: 1.234.567.");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo(
            "Row 5, column jumlah_penduduk (C): value '1,5' is not a whole number."
                + " Example of a correct value: 1.234.567.");
  }

  @Test
  void rowNumbersAreNotGroupedLikeAmounts() {
    Finding f = Finding.of(CheckRule.REQUIRED_CELL, 1048576, 1, "tahun", "");
    assertThat(f.message(Messages.INDONESIAN)).startsWith("Baris 1048576, kolom tahun (A)");
  }

  @Test
  void regionAndMetadataFindingsNameWhatIsMissing() {
    assertThat(
            Finding.of(CheckRule.REGION_MISSING, 0, 1, "kode_wilayah", "52.71", "Mataram")
                .message(Messages.INDONESIAN))
        .contains("52.71", "Mataram", "kode_wilayah");
    assertThat(
            Finding.of(CheckRule.METADATA_INCOMPLETE, 0, 0, "", "", "satuan")
                .message(Locale.ENGLISH))
        .contains("'satuan'");
    assertThat(
            Finding.of(CheckRule.HEADER_MISSING_COLUMN, 1, 0, "tahun", "", "Tahun")
                .message(Messages.INDONESIAN))
        .contains("baris 1", "'tahun'", "Tahun");
  }

  @Test
  void bothBundlesHoldTheSameCheckKeys() {
    assertThat(checkKeys(Locale.ENGLISH)).isEqualTo(checkKeys(Messages.INDONESIAN));
    assertThat(checkKeys(Messages.INDONESIAN))
        .isEqualTo(
            java.util.Arrays.stream(CheckRule.values())
                .map(CheckRule::messageKey)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void columnLettersFollowExcel() {
    assertThat(Finding.columnLetter(0)).isEmpty();
    assertThat(Finding.columnLetter(1)).isEqualTo("A");
    assertThat(Finding.columnLetter(26)).isEqualTo("Z");
    assertThat(Finding.columnLetter(27)).isEqualTo("AA");
    assertThat(Finding.columnLetter(16384)).isEqualTo("XFD");
  }

  @Test
  void findingKeepsItsRulesSeverityAndBoundsItsValue() {
    assertThatThrownBy(
            () -> new Finding(Severity.WARNING, CheckRule.TYPE_INTEGER, 2, 1, "a", "b", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.of(CheckRule.TYPE_INTEGER, -1, 1, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    Finding long_ = Finding.of(CheckRule.TYPE_INTEGER, 2, 1, "a", "x".repeat(10_000));
    assertThat(long_.value()).hasSize(Finding.MAX_VALUE_LENGTH).endsWith("\u2026");
    Finding nulls = new Finding(Severity.ERROR, CheckRule.EMPTY_TABLE, 0, 0, null, null, null);
    assertThat(nulls.column()).isEmpty();
    assertThat(nulls.args()).isEmpty();
  }

  private static Set<String> checkKeys(Locale locale) {
    ResourceBundle bundle = Messages.bundle(locale);
    return bundle.keySet().stream()
        .filter(k -> k.startsWith("check."))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
