package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.AccountKey;
import dev.switchboard.domain.account.SipUsername;
import java.util.Objects;
import java.util.Optional;

/** Command: set {@code key} to {@code value}, or remove it when the value is empty. */
public record SetAccountKeyCommand(SipUsername username, AccountKey key, Optional<String> value) {
  public SetAccountKeyCommand {
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(key, "'key' must not be null");
    Objects.requireNonNull(value, "'value' must not be null");
    value.ifPresent(AccountKey::checkValue);
  }
}
