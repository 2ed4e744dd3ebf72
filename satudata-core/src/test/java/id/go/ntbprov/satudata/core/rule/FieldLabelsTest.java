package id.go.ntbprov.satudata.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Refusals name a field by its label in the user's language, not by its technical key. */
class FieldLabelsTest {

  @Test
  void aRequiredFieldIsNamedByItsLabelInBothLanguages() {
    RuleViolation v = new RuleViolation(Rule.INPUT_REQUIRED, "delivery.recipient");
    assertThat(v.message(Messages.INDONESIAN)).isEqualTo("Isian Penerima laporan wajib diisi.");
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("Field Report recipient is required.");
    assertThat(v.args())
        .as("the technical key still travels")
        .containsExactly("delivery.recipient");
  }

  @Test
  void anInvalidFieldAndAnIncompleteLetterAreNamedByTheirLabels() {
    assertThat(new RuleViolation(Rule.INPUT_INVALID, "period", "2026-Q9").message(Locale.ENGLISH))
        .isEqualTo("Field Period is not valid: 2026-Q9.");
    assertThat(new RuleViolation(Rule.INPUT_INVALID, "period", "2026-Q9").message(null))
        .isEqualTo("Isian Periode tidak valid: 2026-Q9.");
    assertThat(new RuleViolation(Rule.LETTER_INCOMPLETE, "letter.scan").message(Locale.ENGLISH))
        .isEqualTo("The letter is incomplete: Letter scan is required.");
    assertThat(
            new RuleViolation(Rule.LETTER_INCOMPLETE, "letter.scan").message(Messages.INDONESIAN))
        .isEqualTo("Surat belum lengkap: Pindaian surat wajib diisi.");
  }

  @Test
  void aDetailInParenthesesIsKeptAfterTheLabel() {
    assertThatThrownBy(
            () ->
                new Variable(
                    "kode_wilayah",
                    "Kode",
                    VariableType.CODE,
                    "",
                    true,
                    true,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.message(Messages.INDONESIAN))
                  .isEqualTo("Isian Daftar kode variabel (kode_wilayah) wajib diisi.");
              assertThat(v.message(Locale.ENGLISH))
                  .isEqualTo("Field Variable code list (kode_wilayah) is required.");
            });
  }

  @Test
  void anUnknownFieldKeyIsShownAsItIs() {
    assertThat(new RuleViolation(Rule.INPUT_REQUIRED, "no.such.field").message(Locale.ENGLISH))
        .isEqualTo("Field no.such.field is required.");
    assertThat(new RuleViolation(Rule.INPUT_REQUIRED, "odd (x)").message(Messages.INDONESIAN))
        .isEqualTo("Isian odd (x) wajib diisi.");
    assertThat(Messages.field(Locale.ENGLISH, "")).isEmpty();
  }

  @Test
  void otherRulesKeepTheirArgumentsAsTheyAre() {
    assertThat(new RuleViolation(Rule.NOT_FOUND, "period", "2026").message(Locale.ENGLISH))
        .isEqualTo("period 2026 was not found.");
  }

  /** Every field key the core names in a refusal has a label in both languages. */
  @Test
  void everyFieldTheCoreNamesHasALabel() throws IOException {
    Pattern named =
        Pattern.compile(
            "(?:requireText|requirePresent)\\([^;]*?,\\s*\"([^\"]+)\"\\)"
                + "|Rule\\.(?:INPUT_REQUIRED|INPUT_INVALID|LETTER_INCOMPLETE),\\s*\"([^\"]+)\""
                + "|\\brequire\\([^;]*?,\\s*\"(letter\\.[^\"]+)\"\\)",
            Pattern.DOTALL);
    Set<String> fields = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = named.matcher(Files.readString(p));
        while (m.find()) {
          String f = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
          fields.add(f.contains(" (") ? f.substring(0, f.indexOf(" (")) : f);
        }
      }
    }
    assertThat(fields)
        .contains("delivery.recipient", "letter.scan", "item.title", "variable.codeList");
    for (String f : fields) {
      assertThat(Messages.bundle(Messages.INDONESIAN).containsKey("field." + f)).as(f).isTrue();
      assertThat(Messages.bundle(Locale.ENGLISH).getString("field." + f))
          .as(f)
          .isNotBlank()
          .isNotEqualTo(f);
    }
  }
}
