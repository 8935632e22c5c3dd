package dev.switchboard.application.port.in.callthrough;

import dev.switchboard.domain.callthrough.DialString;

/**
 * Use case: web call-through. Answers the string the app dials; for a DTMF-less rule it also
 * reserves (caller's number, access number) → (account, target) for the reservation window.
 */
public interface RequestDialStringUseCase {

  /**
   * @throws dev.switchboard.domain.error.AccountNotFoundException unknown user
   * @throws dev.switchboard.domain.error.WrongCredentialsException wrong password or hash, a
   *     replayed nonce, or none sent where they are required
   * @throws dev.switchboard.domain.error.DestinationNotAllowedException toll-fraud policy
   * @throws dev.switchboard.domain.error.NotEnoughCreditException no credit
   * @throws dev.switchboard.domain.error.NoDialRuleException no rule matches the target
   * @throws dev.switchboard.domain.error.AccessNumbersExhaustedException the caller already
   *     holds a pending reservation on every access number of the rule
   */
  DialString request(RequestDialStringCommand command);
}
