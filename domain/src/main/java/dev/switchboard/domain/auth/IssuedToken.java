package dev.switchboard.domain.auth;

import java.time.Instant;
import java.util.Objects;

/** A token as stored: who it stands for, when it expires, whether it was revoked. */
public record IssuedToken(String digest, Principal principal, Instant issuedAt, Instant expiresAt,
    boolean revoked) {
  public IssuedToken {
    Objects.requireNonNull(digest, "'digest' must not be null");
    Objects.requireNonNull(principal, "'principal' must not be null");
    Objects.requireNonNull(issuedAt, "'issuedAt' must not be null");
    Objects.requireNonNull(expiresAt, "'expiresAt' must not be null");
  }

  public boolean isValidAt(Instant now) {
    return !revoked && now.isBefore(expiresAt);
  }
}
