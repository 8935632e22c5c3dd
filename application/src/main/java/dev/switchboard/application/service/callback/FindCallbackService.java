package dev.switchboard.application.service.callback;

import dev.switchboard.application.port.in.callback.FindCallbackUseCase;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallbackCall;
import dev.switchboard.domain.error.CallNotFoundException;

/** The record of a callback: the live one while it runs, else the stored one. */
public final class FindCallbackService implements FindCallbackUseCase {
  private final CallbackTracker tracker;
  private final CallRecords records;

  public FindCallbackService(CallbackTracker tracker, CallRecords records) {
    this.tracker = tracker;
    this.records = records;
  }

  @Override
  public CallbackCall find(CallId id) {
    return tracker.live(id).or(() -> records.find(id)).orElseThrow(CallNotFoundException::new);
  }
}
