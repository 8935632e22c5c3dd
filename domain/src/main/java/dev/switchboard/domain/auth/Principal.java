package dev.switchboard.domain.auth;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.util.List;
import java.util.Objects;

/**
 * An authenticated SIP account as External Authentication describes it: its tenant, its verified
 * numbers and the SIP URI where it can be reached.
 */
public record Principal(CloudId cloudId, NetworkId networkId, SipUsername username,
    List<PhoneNumber> numbers, SipUri sipUri) {
  public Principal {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(networkId, "'networkId' must not be null");
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(sipUri, "'sipUri' must not be null");
    numbers = List.copyOf(numbers);
  }

  /** The owner's region for reading nationally formatted numbers: that of the first number. */
  public String region() {
    return numbers.isEmpty() ? "ZZ" : numbers.get(0).regionCode();
  }
}
