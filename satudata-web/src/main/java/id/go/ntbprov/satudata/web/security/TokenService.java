package id.go.ntbprov.satudata.web.security;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.web.persistence.JpaCredentialStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Issues, resolves and revokes API tokens. */
@ApplicationScoped
public class TokenService {

  /** How long a token stays valid. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  /** Who a token stands for. */
  public record Caller(String name, Set<String> groups) {}

  /** A freshly issued token; the clear text is shown only here. */
  public record Issued(String token, Instant expiresAt) {}

  @Inject JpaCredentialStore credentials;
  @Inject SatuData satuData;

  /** Issues a token for an authenticated account. */
  @Transactional
  public Issued issue(String username, Instant now) {
    String token = Tokens.newToken();
    Instant expires = now.plus(LIFETIME);
    credentials.saveToken(Tokens.hash(token), username, now, expires);
    return new Issued(token, expires);
  }

  /** The enabled account a valid, unexpired token stands for. */
  @Transactional
  public Optional<Caller> resolve(String token, Instant now) {
    if (token.isEmpty() || token.length() > 200) {
      return Optional.empty();
    }
    return credentials
        .usernameForToken(Tokens.hash(token), now)
        .flatMap(u -> satuData.ports().accounts().find(AccountId.of(u)))
        .filter(Account::enabled)
        .map(a -> new Caller(a.id().value(), AccountIdentityStore.groups(a)));
  }

  /** Revokes a token. */
  @Transactional
  public void revoke(String token) {
    credentials.deleteToken(Tokens.hash(token));
  }
}
