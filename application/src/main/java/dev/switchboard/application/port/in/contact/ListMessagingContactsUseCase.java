package dev.switchboard.application.port.in.contact;

import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;

/** Use case: the messaging contact source — a user's synced contacts, smart ones marked. */
public interface ListMessagingContactsUseCase {

  /**
   * @throws dev.switchboard.domain.error.WrongCredentialsException bad credentials
   * @throws dev.switchboard.domain.error.ThrottledException too many failures
   */
  MessagingContacts list(AuthenticateAccountCommand credentials);
}
