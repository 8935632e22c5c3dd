package dev.switchboard.adapter.persistence.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code address_books}: whose book (user and device) and when it last changed. */
@MappedEntity("address_books")
record AddressBookRow(
    @Id @GeneratedValue @Nullable Long id,
    String cloudId,
    String username,
    String device,
    Instant updatedAt) {}
