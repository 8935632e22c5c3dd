package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Objects;
import java.util.Optional;

/** Command: open the SIP account of {@code number} on {@code cloudId} ahead of its first sign-in. */
public record CreateAccountCommand(CloudId cloudId, PhoneNumber number, Optional<Credit> credit) {
  public CreateAccountCommand {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(credit, "'credit' must not be null");
  }
}
