package dev.switchboard.application.port.in.callback;

import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallbackCall;

/** Use case: the record of one callback, live or finished. */
public interface FindCallbackUseCase {

  /**
   * @throws dev.switchboard.domain.error.CallNotFoundException no call with this id
   */
  CallbackCall find(CallId id);
}
