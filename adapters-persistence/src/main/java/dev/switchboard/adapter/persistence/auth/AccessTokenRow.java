package dev.switchboard.adapter.persistence.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code access_tokens}: the token's digest and the principal it stands for. */
@MappedEntity("access_tokens")
record AccessTokenRow(
    @Id String digest,
    String cloudId,
    String networkId,
    String username,
    String numbers,
    String sipUri,
    Instant issuedAt,
    Instant expiresAt,
    boolean revoked) {}
