package dev.switchboard.domain.smart;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.NetworkId;
import java.time.Instant;
import java.util.Objects;

/** An entry of a device's book whose number has a smart entry: where to reach it instead. */
public record SmartContact(String contactId, String entryId, PhoneNumber number, SipUri uri,
    SipUsername owner, NetworkId networkId, Instant updatedAt) {
  public SmartContact {
    Objects.requireNonNull(contactId, "'contactId' must not be null");
    Objects.requireNonNull(entryId, "'entryId' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(uri, "'uri' must not be null");
    Objects.requireNonNull(owner, "'owner' must not be null");
    Objects.requireNonNull(networkId, "'networkId' must not be null");
    Objects.requireNonNull(updatedAt, "'updatedAt' must not be null");
  }
}
