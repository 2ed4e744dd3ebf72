package id.go.ntbprov.satudata.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both languages hold the same texts, and every rule, finding and name has one. */
class MessagesTest {

  @Test
  void bothBundlesHoldTheSameKeys() {
    Set<String> id = new TreeSet<>(Messages.bundle(Messages.INDONESIAN).keySet());
    Set<String> en = new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet());
    assertThat(en).isEqualTo(id);
    assertThat(id).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasATextInBothLanguagesThatDiffer(Rule rule) {
    ResourceBundle id = Messages.bundle(Messages.INDONESIAN);
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    assertThat(id.getString(rule.messageKey())).isNotBlank();
    assertThat(en.getString(rule.messageKey()))
        .isNotBlank()
        .isNotEqualTo(id.getString(rule.messageKey()));
  }

  @ParameterizedTest
  @EnumSource(CheckRule.class)
  void everyFindingHasAText(CheckRule rule) {
    assertThat(Messages.has(rule.messageKey())).isTrue();
  }

  @Test
  void indonesianIsTheDefaultWhateverTheJvmLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(
              new RuleViolation(Rule.NOT_FOUND, "item", "2026/X")
                  .message(Locale.forLanguageTag("fr")))
          .isEqualTo("item 2026/X tidak ditemukan.");
      assertThat(new RuleViolation(Rule.NOT_FOUND, "item", "2026/X").message(Locale.ENGLISH))
          .isEqualTo("item 2026/X was not found.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void stepsAndRolesHaveDisplayNames() {
    for (SopStep s : SopStep.values()) {
      assertThat(Messages.has(s.messageKey())).as(s.messageKey()).isTrue();
    }
    for (Role r : Role.values()) {
      assertThat(Messages.has(r.messageKey())).as(r.messageKey()).isTrue();
    }
  }
}
