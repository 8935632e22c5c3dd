package dev.switchboard.application.port.in.verification;

/** Use case: send a verification PIN by SMS to the phone number a user entered. */
public interface SendPinUseCase {

  /**
   * Sends a new PIN, or the live one again.
   *
   * @throws dev.switchboard.domain.error.ThrottledException when a resend, daily or client limit
   *     is reached
   * @throws dev.switchboard.domain.error.UnknownCloudIdException when a Cloud ID is named but
   *     not configured
   * @throws dev.switchboard.application.port.out.sms.SmsDeliveryException when the gateway fails
   */
  PinSent sendPin(SendPinCommand command);
}
