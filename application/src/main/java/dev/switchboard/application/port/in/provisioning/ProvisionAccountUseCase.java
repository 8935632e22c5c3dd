package dev.switchboard.application.port.in.provisioning;

/** Use case: External Provisioning — give a verified number its one SIP account. */
public interface ProvisionAccountUseCase {

  /**
   * Returns the number's account (creating it on first verification) with a cloud secret for
   * later re-provisioning.
   *
   * @throws dev.switchboard.domain.error.UnknownCloudIdException unknown Cloud ID
   * @throws dev.switchboard.domain.error.WrongCredentialsException wrong PIN or cloud secret
   * @throws dev.switchboard.domain.error.PinExpiredException no live PIN for the number
   * @throws dev.switchboard.domain.error.TooManyAttemptsException the PIN died of wrong tries
   * @throws dev.switchboard.domain.error.ThrottledException too many failures from the client
   */
  ProvisionedAccount provision(ProvisionAccountCommand command);
}
