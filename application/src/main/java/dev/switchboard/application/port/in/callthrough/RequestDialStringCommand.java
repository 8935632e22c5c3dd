package dev.switchboard.application.port.in.callthrough;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.callthrough.TargetNumber;
import java.util.Objects;

/**
 * Command: which dial string should {@code username} dial to call {@code target}?
 *
 * @param clientAddress the caller's address, for failure limits
 */
public record RequestDialStringCommand(SipUsername username, TargetNumber target,
    String clientAddress) {
  public RequestDialStringCommand {
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(target, "'target' must not be null");
    Objects.requireNonNull(clientAddress, "'clientAddress' must not be null");
  }
}
