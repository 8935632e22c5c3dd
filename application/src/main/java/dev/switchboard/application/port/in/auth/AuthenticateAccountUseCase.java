package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.auth.Principal;

/** Use case: External Authentication — check SIP credentials, answer the account's numbers. */
public interface AuthenticateAccountUseCase {

  /**
   * @throws dev.switchboard.domain.error.WrongCredentialsException bad credentials
   * @throws dev.switchboard.domain.error.ThrottledException too many failures for the username
   *     or from the client
   */
  Principal authenticate(AuthenticateAccountCommand command);
}
