package id.go.ntbprov.satudata.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 at 210,000 iterations (OWASP 2023; the platform's
 * default is 2,048), and the password policy. Each stored hash carries its own iteration count, so
 * raising it later still verifies old hashes.
 */
@ApplicationScoped
public class Passwords {

  /** Minimum length of a password. */
  public static final int MIN_LENGTH = 12;

  static final int ITERATIONS = 210_000;

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /** The hash to store for a password that meets the policy. */
  public String hash(String password) {
    requirePolicy(password);
    return hash.generate(password.toCharArray());
  }

  /** True when {@code password} matches the stored hash. */
  public boolean verify(String password, String stored) {
    return password != null && stored != null && hash.verify(password.toCharArray(), stored);
  }

  /**
   * Refuses passwords shorter than {@link #MIN_LENGTH}.
   *
   * @throws id.go.ntbprov.satudata.core.rule.RuleViolation INPUT_INVALID naming the field
   */
  public static void requirePolicy(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new id.go.ntbprov.satudata.core.rule.RuleViolation(
          id.go.ntbprov.satudata.core.rule.Rule.INPUT_INVALID, "password", "min. " + MIN_LENGTH);
    }
  }
}
