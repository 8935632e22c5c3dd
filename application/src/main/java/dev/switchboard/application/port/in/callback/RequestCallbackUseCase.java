package dev.switchboard.application.port.in.callback;

import dev.switchboard.domain.call.CallbackCall;

/** Use case: web callback — check the user and the policies, then start placing both calls. */
public interface RequestCallbackUseCase {

  /**
   * The new call's record (state PLACING); the calls follow asynchronously.
   *
   * @throws dev.switchboard.domain.error.WrongCredentialsException bad credentials
   * @throws dev.switchboard.domain.error.DestinationNotAllowedException a number the policy
   *     refuses
   * @throws dev.switchboard.domain.error.NotEnoughCreditException credit too low
   * @throws dev.switchboard.domain.error.ThrottledException rate limit or concurrent callbacks
   * @throws IllegalArgumentException a number that cannot be dialled
   */
  CallbackCall request(RequestCallbackCommand command);
}
