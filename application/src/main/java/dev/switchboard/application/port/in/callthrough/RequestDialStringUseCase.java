package dev.switchboard.application.port.in.callthrough;

import dev.switchboard.domain.callthrough.DialString;
import java.util.Optional;

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

  /**
   * The same answer as {@link #request}, when it can be given without blocking I/O: no
   * credentials to check, the account read a moment ago (see
   * {@link dev.switchboard.application.port.out.account.RecentAccounts}), and a rule that needs
   * no reservation. Empty otherwise: then call {@link #request}. Meant for servers that answer
   * on a non-blocking thread and hand only the rest to a blocking one.
   *
   * @throws RuntimeException the same refusals as {@link #request}, when they can be decided
   *     from memory
   */
  default Optional<DialString> requestFromMemory(RequestDialStringCommand command) {
    return Optional.empty();
  }
}
