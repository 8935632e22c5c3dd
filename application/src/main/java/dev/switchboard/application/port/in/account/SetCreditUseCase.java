package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.Account;

/** Use case (admin): set an account's credit balance. */
public interface SetCreditUseCase {

  /** @throws dev.switchboard.domain.error.AccountNotFoundException unknown username */
  Account setCredit(SetCreditCommand command);
}
