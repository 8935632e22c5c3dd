package dev.switchboard.adapter.persistence.verification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code pin_verifications}; the PIN itself is never stored, only its hash. */
@MappedEntity("pin_verifications")
record PinVerificationRow(
    @Id String e164,
    String seed,
    String pinHash,
    Instant issuedAt,
    Instant expiresAt,
    int sends,
    Instant lastSentAt,
    int wrongTries,
    boolean consumed,
    Instant dayStart,
    int daySends,
    long version) {}
