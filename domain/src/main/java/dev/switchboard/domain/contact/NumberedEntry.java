package dev.switchboard.domain.contact;

import dev.switchboard.domain.phone.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code tel} entry of a contact with its number normalised in the owner's region; empty when
 * the raw value is not a valid number (kept, never matched).
 */
public record NumberedEntry(String contactId, String entryId, String raw, Optional<PhoneNumber> number) {
  public NumberedEntry {
    Objects.requireNonNull(contactId, "'contactId' must not be null");
    Objects.requireNonNull(entryId, "'entryId' must not be null");
    Objects.requireNonNull(raw, "'raw' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
  }
}
