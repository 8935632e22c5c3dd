package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.out.auth.CredentialVerifier;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.WrongCredentialsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks credentials through a {@link CredentialVerifier} with failure limits per username and per
 * client address: once a limit is spent, even right credentials wait (no guessing past it).
 */
public final class CredentialGuard {
  private final CredentialVerifier verifier;
  private final RateLimiter limiter;
  private final Clock clock;
  private final AuthSettings settings;

  public CredentialGuard(CredentialVerifier verifier, RateLimiter limiter, Clock clock,
      AuthSettings settings) {
    this.verifier = verifier;
    this.limiter = limiter;
    this.clock = clock;
    this.settings = settings;
  }

  public Principal check(AuthenticateAccountCommand c) {
    Instant now = clock.instant();
    String userKey = "auth-user:" + c.cloudId() + ":" + c.username();
    String clientKey = "auth-client:" + c.clientAddress();
    refuseIfBlocked(limiter.blocked(userKey, settings.failuresPerUsername(), now));
    refuseIfBlocked(limiter.blocked(clientKey, settings.failuresPerClient(), now));
    Optional<Principal> principal = verifier.verify(c.cloudId(), c.username(), c.host(), c.password());
    if (principal.isPresent()) {
      return principal.get();
    }
    limiter.tryAcquire(userKey, settings.failuresPerUsername(), now);
    limiter.tryAcquire(clientKey, settings.failuresPerClient(), now);
    throw new WrongCredentialsException("Wrong username or password.");
  }

  private static void refuseIfBlocked(Optional<Duration> wait) {
    wait.ifPresent(w -> {
      throw new ThrottledException("Too many failed sign-ins. Please try again "
          + ThrottledException.humanWait(w) + ".", w);
    });
  }
}
