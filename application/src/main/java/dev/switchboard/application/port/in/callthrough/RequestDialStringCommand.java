package dev.switchboard.application.port.in.callthrough;

import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.callthrough.TargetNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * Command: which dial string should {@code username} dial to call {@code target}?
 *
 * @param credentials the password or nonce + hash, when the app's template sends them
 * @param clientAddress the caller's address, for failure limits
 */
public record RequestDialStringCommand(SipUsername username,
    Optional<AppUserCredentials> credentials, TargetNumber target, String clientAddress) {
  public RequestDialStringCommand {
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(credentials, "'credentials' must not be null");
    Objects.requireNonNull(target, "'target' must not be null");
    Objects.requireNonNull(clientAddress, "'clientAddress' must not be null");
    credentials.ifPresent(c -> {
      if (!c.username().equals(username.value())) {
        throw new IllegalArgumentException("The credentials are for another username");
      }
    });
  }

  /** Without credentials (the seed's examples send none). */
  public static RequestDialStringCommand of(SipUsername username, TargetNumber target,
      String clientAddress) {
    return new RequestDialStringCommand(username, Optional.empty(), target, clientAddress);
  }
}
