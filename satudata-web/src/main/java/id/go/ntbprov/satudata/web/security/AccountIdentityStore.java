package id.go.ntbprov.satudata.web.security;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.web.persistence.Credential;
import id.go.ntbprov.satudata.web.persistence.JpaCredentialStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks user names and passwords against the accounts in the database. After {@link #MAX_FAILURES}
 * wrong passwords in a row the account is locked for {@link #LOCKOUT}; a disabled account never
 * signs in. Groups are the account's role names (the core does the real authorisation per SOP
 * step).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** Wrong passwords in a row before the lockout. */
  public static final int MAX_FAILURES = 5;

  /** How long a lockout lasts. */
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  @Inject JpaCredentialStore credentials;
  @Inject SatuData satuData;
  @Inject Passwords passwords;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public CredentialValidationResult validate(
      jakarta.security.enterprise.credential.Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Account> account = findAccount(up.getCaller());
    Optional<Credential> stored = credentials.find(up.getCaller().strip().toLowerCase());
    if (account.isEmpty() || stored.isEmpty() || !account.get().enabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Credential c = stored.get();
    Instant now = Instant.now();
    if (c.lockedUntil().filter(now::isBefore).isPresent()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwords.verify(up.getPasswordAsString(), c.passwordHash())) {
      int failures = c.failedAttempts() + 1;
      Optional<Instant> lock =
          failures >= MAX_FAILURES ? Optional.of(now.plus(LOCKOUT)) : Optional.empty();
      credentials.save(
          new Credential(c.username(), c.passwordHash(), lock.isPresent() ? 0 : failures, lock));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (c.failedAttempts() > 0 || c.lockedUntil().isPresent()) {
      credentials.save(new Credential(c.username(), c.passwordHash(), 0, Optional.empty()));
    }
    return new CredentialValidationResult(account.get().id().value(), groups(account.get()));
  }

  /** The roles of an account as group names. */
  static Set<String> groups(Account account) {
    return account.roles().stream().map(r -> r.role().name()).collect(Collectors.toSet());
  }

  private Optional<Account> findAccount(String caller) {
    try {
      return satuData.ports().accounts().find(AccountId.of(caller));
    } catch (RuleViolation blank) {
      return Optional.empty();
    }
  }
}
