package dev.switchboard.adapter.http.auth;

/** Answer of {@code /sso/revoke}: always the same, whether the token was known or not. */
public record RevokeResponse(String message) {
  static final RevokeResponse DONE = new RevokeResponse("The access token is revoked.");
}
