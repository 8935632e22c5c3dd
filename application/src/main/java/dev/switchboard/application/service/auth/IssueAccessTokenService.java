package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.auth.IssueAccessTokenUseCase;
import dev.switchboard.application.port.in.auth.TokenGrant;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.domain.auth.AccessToken;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.auth.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** SSO: checks credentials (local or remote, per configuration) and issues a bearer token. */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {
  private final CredentialGuard credentials;
  private final AccessTokens tokens;
  private final Clock clock;
  private final RandomGenerator random;
  private final Duration lifetime;

  public IssueAccessTokenService(CredentialGuard credentials, AccessTokens tokens, Clock clock,
      RandomGenerator random, Duration lifetime) {
    this.credentials = credentials;
    this.tokens = tokens;
    this.clock = clock;
    this.random = random;
    this.lifetime = lifetime;
  }

  @Override
  public TokenGrant issue(AuthenticateAccountCommand command) {
    Principal principal = credentials.check(command);
    Instant now = clock.instant();
    AccessToken token = AccessToken.generate(random);
    Instant expiresAt = now.plus(lifetime);
    tokens.save(new IssuedToken(token.digest(), principal, now, expiresAt, false));
    return new TokenGrant(token, expiresAt);
  }
}
