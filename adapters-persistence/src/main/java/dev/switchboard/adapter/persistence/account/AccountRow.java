package dev.switchboard.adapter.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code accounts}; the SIP password only in its encrypted form. */
@MappedEntity("accounts")
record AccountRow(
    @Id @GeneratedValue @Nullable Long id,
    String cloudId,
    String sipUsername,
    byte[] sipPasswordEnc,
    String sipDomain,
    String networkId,
    String cloudSecretHash,
    BigDecimal credit,
    Instant createdAt,
    Instant updatedAt) {}
