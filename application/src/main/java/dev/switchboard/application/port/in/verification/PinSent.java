package dev.switchboard.application.port.in.verification;

import java.time.Instant;

/** Result: a PIN went out; it is valid until {@code expiresAt}. */
public record PinSent(Instant expiresAt, boolean resent) {}
