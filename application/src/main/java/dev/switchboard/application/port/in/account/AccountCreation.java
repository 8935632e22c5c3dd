package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.Account;

/** What creating an account did: opened a new one, or found the number's existing one. */
public sealed interface AccountCreation {
  Account account();

  record Created(Account account) implements AccountCreation {}

  record AlreadyExisted(Account account) implements AccountCreation {}
}
