package dev.switchboard.domain.tenant;

import dev.switchboard.domain.account.SipDomain;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's app as configured in Switchboard: what every account provisioned for its Cloud ID
 * gets.
 *
 * @param transport SIP transport for Account XML ({@code udp}, {@code tcp}, {@code tls}), or empty
 * @param reprovisioning optional {@code extProvUrl}/{@code extProvInterval}
 * @param isolateNetworks Smart Contacts match only within the same Network ID
 */
public record App(
    CloudId cloudId,
    String title,
    SipDomain sipDomain,
    String transport,
    NetworkId defaultNetworkId,
    List<SmsNumber> smsNumbers,
    Optional<Reprovisioning> reprovisioning,
    boolean isolateNetworks) {

  public App {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(title, "'title' must not be null");
    Objects.requireNonNull(sipDomain, "'sipDomain' must not be null");
    Objects.requireNonNull(defaultNetworkId, "'defaultNetworkId' must not be null");
    Objects.requireNonNull(reprovisioning, "'reprovisioning' must not be null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("App " + cloudId + " needs a non-empty title");
    }
    transport = transport == null ? "" : transport.strip().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("", "udp", "tcp", "tls").contains(transport)) {
      throw new IllegalArgumentException("Transport '" + transport + "' is not udp, tcp or tls");
    }
    smsNumbers = List.copyOf(smsNumbers == null ? List.of() : smsNumbers);
  }

  /** A minimal app: network = Cloud ID, no SMS numbers, no re-provisioning. */
  public static App of(CloudId cloudId, String title, SipDomain sipDomain) {
    return new App(cloudId, title, sipDomain, "", NetworkId.of(cloudId), List.of(), Optional.empty(),
        false);
  }
}
