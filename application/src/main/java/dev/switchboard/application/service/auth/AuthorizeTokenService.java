package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.AuthorizeTokenUseCase;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.domain.auth.AccessToken;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.error.InvalidTokenException;
import java.time.Clock;

/** Resolves a bearer token to its account; unknown, expired and revoked tokens are refused. */
public final class AuthorizeTokenService implements AuthorizeTokenUseCase {
  private final AccessTokens tokens;
  private final Clock clock;

  public AuthorizeTokenService(AccessTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public Principal authorize(String bearerToken) {
    AccessToken token = new AccessToken(bearerToken == null ? "" : bearerToken.strip());
    if (!token.isWellFormed()) {
      throw new InvalidTokenException("The access token is missing or malformed.");
    }
    return tokens.find(token.digest())
        .filter(t -> t.isValidAt(clock.instant()))
        .map(IssuedToken::principal)
        .orElseThrow(() -> new InvalidTokenException("The access token is unknown, expired or revoked."));
  }
}
