package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.auth.Principal;

/** Use case: turn a bearer token into the account it stands for. */
public interface AuthorizeTokenUseCase {

  /** @throws dev.switchboard.domain.error.InvalidTokenException unknown, expired or revoked */
  Principal authorize(String bearerToken);
}
