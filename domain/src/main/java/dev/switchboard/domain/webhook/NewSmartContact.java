package dev.switchboard.domain.webhook;

import dev.switchboard.domain.smart.SmartEntry;
import java.util.Objects;

/**
 * The values of one notification: the new smart user's number (E.164), Network ID and SIP URI.
 */
public record NewSmartContact(String number, String networkId, String uri) {
  public NewSmartContact {
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(networkId, "'networkId' must not be null");
    Objects.requireNonNull(uri, "'uri' must not be null");
  }

  public static NewSmartContact of(SmartEntry entry) {
    return new NewSmartContact(entry.number().e164(), entry.networkId().value(),
        entry.uri().value());
  }
}
