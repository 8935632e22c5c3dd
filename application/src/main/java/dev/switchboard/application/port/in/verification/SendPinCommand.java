package dev.switchboard.application.port.in.verification;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Objects;
import java.util.Optional;

/**
 * Command: send a PIN to {@code number}.
 *
 * @param cloudId the app asking, when it says (used for the SMS text)
 * @param clientAddress the caller's address, for per-client limits
 */
public record SendPinCommand(PhoneNumber number, Optional<CloudId> cloudId, String clientAddress) {
  public SendPinCommand {
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(clientAddress, "'clientAddress' must not be null");
  }
}
