package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.Account;

/** Use case (admin): look an account up by SIP username or by verified number. */
public interface FindAccountUseCase {

  /** @throws dev.switchboard.domain.error.AccountNotFoundException when there is none */
  Account find(FindAccountQuery query);
}
