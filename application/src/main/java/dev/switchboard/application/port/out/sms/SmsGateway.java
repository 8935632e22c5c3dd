package dev.switchboard.application.port.out.sms;

/** Driven port for sending SMS. */
public interface SmsGateway {

  /**
   * Hands the message to the gateway.
   *
   * @throws SmsDeliveryException when the gateway did not accept it
   */
  void send(SmsMessage message);
}
