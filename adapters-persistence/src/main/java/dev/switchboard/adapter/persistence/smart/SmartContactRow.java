package dev.switchboard.adapter.persistence.smart;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** A row of the smart query: a tel entry of a book joined with the number's smart entry. */
@Introspected
record SmartContactRow(
    String contactId,
    String entryId,
    long numberDigits,
    String sipUri,
    String ownerUsername,
    String networkId,
    Instant updatedAt) {}
