package dev.switchboard.domain.account;

import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** The fixed part of an account: SIP credentials, domain and tenant. Never changes. */
public record AccountIdentity(
    SipUsername username, SipPassword password, SipDomain domain, CloudId cloudId, NetworkId networkId) {

  public AccountIdentity {
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(password, "'password' must not be null");
    Objects.requireNonNull(domain, "'domain' must not be null");
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(networkId, "'networkId' must not be null");
  }

  /** Fresh, unguessable SIP credentials on the given domain and tenant. */
  public static AccountIdentity generate(
      RandomGenerator random, SipDomain domain, CloudId cloudId, NetworkId networkId) {
    return new AccountIdentity(
        SipUsername.generate(random), SipPassword.generate(random), domain, cloudId, networkId);
  }

  /** The SIP URI where this account can be reached. */
  public String sipUri() {
    String host = domain.value();
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      host = host.substring(0, colon);
    }
    return "sip:" + username.value() + "@" + host;
  }
}
