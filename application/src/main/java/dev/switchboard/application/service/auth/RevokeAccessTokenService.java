package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.RevokeAccessTokenUseCase;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.domain.auth.AccessToken;

/** Revokes a bearer token; revoking an unknown token is not an error. */
public final class RevokeAccessTokenService implements RevokeAccessTokenUseCase {
  private final AccessTokens tokens;

  public RevokeAccessTokenService(AccessTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void revoke(String bearerToken) {
    AccessToken token = new AccessToken(bearerToken == null ? "" : bearerToken.strip());
    if (token.isWellFormed()) {
      tokens.revoke(token.digest());
    }
  }
}
