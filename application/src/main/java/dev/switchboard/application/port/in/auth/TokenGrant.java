package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.auth.AccessToken;
import java.time.Instant;

/** Result: the bearer token (shown once, stored only as a digest) and its expiry. */
public record TokenGrant(AccessToken token, Instant expiresAt) {}
