package dev.switchboard.adapter.http.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.application.port.in.auth.TokenGrant;
import java.time.Duration;
import java.time.Instant;

/**
 * Answer of {@code /sso/token} (RFC 6749 §5.1):
 * {@code {"access_token":"…","token_type":"Bearer","expires_in":86400}}.
 */
public record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {

  static TokenResponse of(TokenGrant grant, Instant now) {
    long seconds = Math.max(0, Duration.between(now, grant.expiresAt()).toSeconds());
    return new TokenResponse(grant.token().value(), "Bearer", seconds);
  }

  @Override
  public String toString() {
    return "TokenResponse[***, " + tokenType + ", " + expiresIn + "]";
  }
}
