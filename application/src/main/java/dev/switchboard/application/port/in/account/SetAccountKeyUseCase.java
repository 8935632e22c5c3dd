package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.Account;

/** Use case (admin): set or remove a custom Account XML key of an account. */
public interface SetAccountKeyUseCase {

  /** @throws dev.switchboard.domain.error.AccountNotFoundException unknown username */
  Account setKey(SetAccountKeyCommand command);
}
