package dev.switchboard.domain.smart;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.time.Instant;
import java.util.Objects;

/** "Verified number N of {@code owner} may also be reached at SIP URI U", within one Cloud ID. */
public record SmartEntry(CloudId cloudId, NetworkId networkId, PhoneNumber number, SipUri uri,
    SipUsername owner, Instant updatedAt) {
  public SmartEntry {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(networkId, "'networkId' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(uri, "'uri' must not be null");
    Objects.requireNonNull(owner, "'owner' must not be null");
    Objects.requireNonNull(updatedAt, "'updatedAt' must not be null");
  }
}
