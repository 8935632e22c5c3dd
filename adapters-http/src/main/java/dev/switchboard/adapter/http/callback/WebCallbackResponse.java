package dev.switchboard.adapter.http.callback;

import dev.switchboard.domain.call.CallbackCall;

/** Success answer of {@code /webcallback}: the call's id (for {@code GET /webcallback/{id}}). */
public record WebCallbackResponse(String callId, String state, String message) {
  static WebCallbackResponse of(CallbackCall call) {
    return new WebCallbackResponse(call.id().value(), call.state().name().toLowerCase(),
        "Please wait for the call.");
  }
}
