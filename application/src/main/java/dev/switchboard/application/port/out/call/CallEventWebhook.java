package dev.switchboard.application.port.out.call;

import dev.switchboard.domain.call.CallbackCall;

/**
 * Driven port that tells the provider's system about call events (an HTTP webhook). Must not
 * block the caller: delivery is best effort, bounded in time.
 */
public interface CallEventWebhook {

  /** Does nothing: no webhook configured. */
  CallEventWebhook NONE = (event, call) -> { };

  /** {@code event}: "placing", "bridged" or "ended"; {@code call}: the record at that moment. */
  void publish(String event, CallbackCall call);
}
