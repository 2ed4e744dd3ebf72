package id.go.ntbprov.satudata.web.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The login secret of an account, kept beside the core's {@code Account} (the core knows no
 * credentials).
 *
 * @param username the account's login name
 * @param passwordHash the password hash as the identity store writes it (e.g. {@code
 *     PBKDF2WithHmacSHA256:210000:...}), at most 400 characters
 * @param failedAttempts failed logins since the last successful one
 * @param lockedUntil when a lockout ends, if the account is locked
 */
public record Credential(
    String username, String passwordHash, int failedAttempts, Optional<Instant> lockedUntil) {

  /** Refuses a missing name or hash. */
  public Credential {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    lockedUntil = lockedUntil == null ? Optional.empty() : lockedUntil;
  }
}
