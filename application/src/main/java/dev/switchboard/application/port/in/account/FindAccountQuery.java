package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Objects;

/** Query: which account to find. */
public sealed interface FindAccountQuery {
  record ByUsername(SipUsername username) implements FindAccountQuery {
    public ByUsername {
      Objects.requireNonNull(username, "'username' must not be null");
    }
  }

  record ByNumber(CloudId cloudId, PhoneNumber number) implements FindAccountQuery {
    public ByNumber {
      Objects.requireNonNull(cloudId, "'cloudId' must not be null");
      Objects.requireNonNull(number, "'number' must not be null");
    }
  }
}
