package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import java.util.Objects;

/** Command: set the credit of {@code username} to {@code credit}. */
public record SetCreditCommand(SipUsername username, Credit credit) {
  public SetCreditCommand {
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(credit, "'credit' must not be null");
  }
}
