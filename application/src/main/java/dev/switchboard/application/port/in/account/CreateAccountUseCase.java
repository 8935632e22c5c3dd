package dev.switchboard.application.port.in.account;

/**
 * Use case (admin): open a number's SIP account before the app signs in; the app's PIN sign-in
 * later returns this same account. A number that already has one keeps it.
 */
public interface CreateAccountUseCase {

  /** @throws dev.switchboard.domain.error.UnknownCloudIdException no such app */
  AccountCreation create(CreateAccountCommand command);
}
