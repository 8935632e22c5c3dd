package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.tenant.CloudId;
import java.util.Objects;
import java.util.Optional;

/** Command: SIP username, optional host (SIP domain), password, Cloud ID, caller's address. */
public record AuthenticateAccountCommand(CloudId cloudId, String username, Optional<String> host,
    String password, String clientAddress) {
  public AuthenticateAccountCommand {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(host, "'host' must not be null");
    Objects.requireNonNull(clientAddress, "'clientAddress' must not be null");
    if (username == null || username.isBlank() || username.length() > 128) {
      throw new IllegalArgumentException("username must have 1 to 128 characters");
    }
    if (password == null || password.isEmpty() || password.length() > 128) {
      throw new IllegalArgumentException("password must have 1 to 128 characters");
    }
  }

  @Override
  public String toString() {
    return "AuthenticateAccountCommand[" + cloudId + ", " + username + "]";
  }
}
