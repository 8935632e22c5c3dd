package dev.switchboard.application.port.in.provisioning;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Objects;

/**
 * Command: provision {@code number} on {@code cloudId}, proving it with {@code credential} (the
 * SMS PIN, or the cloud secret from an earlier provisioning).
 */
public record ProvisionAccountCommand(
    CloudId cloudId, PhoneNumber number, String credential, String clientAddress) {
  public ProvisionAccountCommand {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(credential, "'credential' must not be null");
    Objects.requireNonNull(clientAddress, "'clientAddress' must not be null");
    if (credential.isEmpty() || credential.length() > 128) {
      throw new IllegalArgumentException("cloud_password must have 1 to 128 characters");
    }
  }

  @Override
  public String toString() {
    return "ProvisionAccountCommand[" + cloudId + ", " + number + "]";
  }
}
