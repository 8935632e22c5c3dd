package dev.switchboard.application.port.out.auth;

import dev.switchboard.domain.account.SipUsername;
import java.time.Instant;

/**
 * Driven port that remembers the nonces an app user has spent, so a nonce + hash pair cannot be
 * replayed within its window. Implementations must make {@link #useOnce} atomic.
 */
public interface Nonces {

  /**
   * Marks {@code nonce} of {@code username} as used until {@code expiresAt}; true when it was
   * not in use (never seen, or its earlier use expired by {@code now}), false for a replay.
   * Concurrent calls with one nonce: exactly one gets true.
   */
  boolean useOnce(SipUsername username, String nonce, Instant now, Instant expiresAt);

  /** Forgets uses that expired by {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
