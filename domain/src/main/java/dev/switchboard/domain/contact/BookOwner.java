package dev.switchboard.domain.contact;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Objects;

/** Whose address book: a user (within a Cloud ID) and one of their devices. */
public record BookOwner(CloudId cloudId, SipUsername username, DeviceId device) {
  public BookOwner {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(device, "'device' must not be null");
  }
}
