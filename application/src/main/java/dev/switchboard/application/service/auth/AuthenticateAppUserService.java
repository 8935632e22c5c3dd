package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.WrongCredentialsException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Authenticates app users by password or by nonce + SHA-1 hash, with the failure limits of
 * {@link AuthSettings} (per username and per client address, shared with sign-in).
 */
public final class AuthenticateAppUserService implements AuthenticateAppUserUseCase {
  static final String WRONG = "Wrong username or password.";
  static final String REPLAYED = "This request was already used. Please try again.";
  private final Accounts accounts;
  private final Nonces nonces;
  private final RateLimiter limiter;
  private final Clock clock;
  private final AuthSettings settings;
  private final Duration nonceWindow;

  public AuthenticateAppUserService(Accounts accounts, Nonces nonces, RateLimiter limiter,
      Clock clock, AuthSettings settings, Duration nonceWindow) {
    this.accounts = accounts;
    this.nonces = nonces;
    this.limiter = limiter;
    this.clock = clock;
    this.settings = settings;
    this.nonceWindow = nonceWindow;
  }

  @Override
  public Account authenticate(AppUserCredentials c) {
    Instant now = clock.instant();
    String userKey = "app-user:" + c.username();
    String clientKey = "auth-client:" + c.clientAddress();
    refuseIfBlocked(limiter.blocked(userKey, settings.failuresPerUsername(), now));
    refuseIfBlocked(limiter.blocked(clientKey, settings.failuresPerClient(), now));
    Optional<Account> account = find(c.username());
    String stored = account.map(a -> a.password().value()).orElse("\u0000 no such account");
    String expected = c.password().isPresent() ? stored : sha1Hex(c.nonce().get() + stored);
    String given = c.password().orElseGet(() -> c.hash().get());
    boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8)) && account.isPresent();
    String failure = WRONG;
    if (matches && c.nonce().isPresent()) {
      matches = nonces.useOnce(account.get().username(), c.nonce().get(), now,
          now.plus(nonceWindow));
      failure = REPLAYED;
    }
    if (matches) {
      return account.get();
    }
    limiter.tryAcquire(userKey, settings.failuresPerUsername(), now);
    limiter.tryAcquire(clientKey, settings.failuresPerClient(), now);
    throw new WrongCredentialsException(failure);
  }

  /** Lowercase hex SHA-1 of the UTF-8 bytes of {@code text}. */
  public static String sha1Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
  }

  private Optional<Account> find(String username) {
    try {
      return accounts.findByUsername(new SipUsername(username));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void refuseIfBlocked(Optional<Duration> wait) {
    wait.ifPresent(w -> {
      throw new ThrottledException("Too many failed sign-ins. Please try again "
          + ThrottledException.humanWait(w) + ".", w);
    });
  }
}
