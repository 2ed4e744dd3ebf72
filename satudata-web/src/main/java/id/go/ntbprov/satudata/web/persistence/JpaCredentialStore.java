package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Credentials and API tokens (tables {@code account_credential}, {@code api_token}) for the
 * identity store. Writes need a transaction. Usernames are stored as given: pass the core's
 * normalised {@code AccountId} value.
 */
public final class JpaCredentialStore {

  private final EntityManager em;

  /**
   * @param em the entity manager (container-managed in the server)
   */
  public JpaCredentialStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** The credential of that user, if any. */
  public Optional<Credential> find(String username) {
    return Optional.ofNullable(em.find(CredentialEntity.class, username))
        .map(CredentialEntity::toDomain);
  }

  /**
   * Inserts or updates the credential, whatever was stored. Only a write racing another write of
   * the same user inside this call fails, with {@link jakarta.persistence.OptimisticLockException}
   * (the {@code version} column): retry it in a new transaction.
   */
  public void save(Credential credential) {
    CredentialEntity e = em.find(CredentialEntity.class, credential.username());
    if (e == null) {
      e = CredentialEntity.blank();
      e.write(credential);
      em.persist(e);
    } else {
      e.write(credential);
    }
    em.flush();
  }

  /** Stores a token by the hash of its value (at most 64 characters, e.g. hex SHA-256). */
  public void saveToken(String tokenHash, String username, Instant created, Instant expires) {
    em.persist(ApiTokenEntity.of(tokenHash, username, created, expires));
    em.flush();
  }

  /**
   * The user of an unexpired token ({@code now} before its expiry). {@code now} is truncated to the
   * microsecond like every stored instant, which keeps {@code expires > now} exact.
   */
  public Optional<String> usernameForToken(String tokenHash, Instant now) {
    List<String> users =
        em.createQuery(
                "select t.username from ApiTokenEntity t where t.tokenHash = :hash"
                    + " and t.expiresAt > :now",
                String.class)
            .setParameter("hash", tokenHash)
            .setParameter("now", now)
            .getResultList();
    return users.stream().findFirst();
  }

  /** Deletes a token (logout, revocation); nothing happens for an unknown one. */
  public void deleteToken(String tokenHash) {
    em.createQuery("delete from ApiTokenEntity t where t.tokenHash = :hash")
        .setParameter("hash", tokenHash)
        .executeUpdate();
  }
}
