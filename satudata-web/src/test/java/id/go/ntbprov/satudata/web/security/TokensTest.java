package id.go.ntbprov.satudata.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokens are random and stored only as hashes; short passwords are refused. */
class TokensTest {

  @Test
  void tokensAreLongRandomAndHashedDeterministically() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String t = Tokens.newToken();
      assertThat(t).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(seen.add(t)).isTrue();
    }
    String t = Tokens.newToken();
    assertThat(Tokens.hash(t)).hasSize(64).isEqualTo(Tokens.hash(t)).isNotEqualTo(t);
  }

  @Test
  void passwordsShorterThanTwelveCharactersAreRefused() {
    assertThatThrownBy(() -> Passwords.requirePolicy("short-pw-11"))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Isian Kata sandi tidak valid");
    Passwords.requirePolicy("twelve-chars");
  }
}
