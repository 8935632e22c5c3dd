package dev.switchboard.application.port.in.auth;

/** Use case: revoke a bearer token (idempotent: an unknown token is already revoked). */
public interface RevokeAccessTokenUseCase {

  void revoke(String bearerToken);
}
