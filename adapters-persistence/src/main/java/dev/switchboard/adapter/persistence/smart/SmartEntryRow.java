package dev.switchboard.adapter.persistence.smart;

import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code smart_entries}: number (as digits) to SIP URI within one Cloud ID. */
@MappedEntity("smart_entries")
record SmartEntryRow(
    String cloudId,
    long numberDigits,
    String networkId,
    String sipUri,
    String ownerUsername,
    Instant updatedAt) {}
