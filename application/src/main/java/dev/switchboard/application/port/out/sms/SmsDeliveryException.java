package dev.switchboard.application.port.out.sms;

/** The SMS gateway did not accept a message (an infrastructure failure, not a user error). */
public class SmsDeliveryException extends RuntimeException {
  public SmsDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public SmsDeliveryException(String message) {
    super(message);
  }
}
