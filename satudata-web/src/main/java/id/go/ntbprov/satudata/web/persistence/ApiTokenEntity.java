package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Table {@code api_token}: an API token by the hash of its value (the value itself is never
 * stored), the account it stands for and its validity.
 */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

  @Id
  @Column(name = "token_hash", length = 64)
  String tokenHash;

  @Column(name = "username", nullable = false, length = 100)
  String username;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  /** For the provider. */
  protected ApiTokenEntity() {}

  static ApiTokenEntity of(String tokenHash, String username, Instant created, Instant expires) {
    ApiTokenEntity t = new ApiTokenEntity();
    t.tokenHash = tokenHash;
    t.username = username;
    t.createdAt = created;
    t.expiresAt = expires;
    return t;
  }
}
