package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.account.Account;

/**
 * Use case: authenticate an app user of a paid service (web callback, call-through) by SIP
 * username and password, or by nonce and hash; each nonce is accepted once within its window.
 */
public interface AuthenticateAppUserUseCase {

  /**
   * The account the credentials belong to.
   *
   * @throws dev.switchboard.domain.error.WrongCredentialsException wrong username, password or
   *     hash, or a nonce used before
   * @throws dev.switchboard.domain.error.ThrottledException too many failures for the username
   *     or from the client
   */
  Account authenticate(AppUserCredentials credentials);
}
