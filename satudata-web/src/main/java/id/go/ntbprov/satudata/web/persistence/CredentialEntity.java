package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** Table {@code account_credential}: one row per {@link Credential}. */
@Entity
@Table(name = "account_credential")
public class CredentialEntity {

  @Id
  @Column(name = "username", length = 100)
  String username;

  @Column(name = "password_hash", nullable = false, length = 400)
  String passwordHash;

  @Column(name = "failed_attempts", nullable = false)
  int failedAttempts;

  @Column(name = "locked_until")
  Instant lockedUntil;

  /** Guards against two logins updating the counters at once; not exposed. */
  @Version
  @Column(name = "version", nullable = false)
  long version;

  /** For the provider. */
  protected CredentialEntity() {}

  static CredentialEntity blank() {
    return new CredentialEntity();
  }

  void write(Credential c) {
    username = c.username();
    passwordHash = c.passwordHash();
    failedAttempts = c.failedAttempts();
    lockedUntil = c.lockedUntil().orElse(null);
  }

  Credential toDomain() {
    return new Credential(username, passwordHash, failedAttempts, Optional.ofNullable(lockedUntil));
  }
}
