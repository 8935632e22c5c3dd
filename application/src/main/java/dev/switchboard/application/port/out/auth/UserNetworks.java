package dev.switchboard.application.port.out.auth;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.util.Collection;
import java.util.Map;

/**
 * Driven port for the Network ID each user was last signed in with (the network of their most
 * recently issued access token); users never signed in are absent from the answer.
 */
public interface UserNetworks {

  Map<SipUsername, NetworkId> networksOf(CloudId cloudId, Collection<SipUsername> usernames);
}
