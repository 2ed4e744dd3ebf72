package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.web.persistence.Credential;
import id.go.ntbprov.satudata.web.persistence.JpaCredentialStore;
import id.go.ntbprov.satudata.web.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Initial passwords of accounts created on the screens, hashed and stored as {@code POST
 * /api/v1/accounts} does ({@link Passwords}: at least 12 characters, PBKDF2). Application-scoped so
 * that view-scoped beans may hold it.
 */
@ApplicationScoped
public class AccountCredentials {

  @Inject Passwords passwords;
  @Inject JpaCredentialStore credentials;

  /**
   * The hash of a password that meets the policy.
   *
   * @throws id.go.ntbprov.satudata.core.rule.RuleViolation INPUT_INVALID naming the password
   */
  public String hash(String password) {
    return passwords.hash(password);
  }

  /** Stores an account's password hash (in the caller's transaction). */
  public void save(String username, String hash) {
    credentials.save(new Credential(username, hash, 0, Optional.empty()));
  }
}
