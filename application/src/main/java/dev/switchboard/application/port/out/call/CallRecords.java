package dev.switchboard.application.port.out.call;

import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallbackCall;
import java.util.Optional;

/** Driven port for the records of callbacks. */
public interface CallRecords {

  /** Inserts or replaces the record with {@code call}'s id. */
  void save(CallbackCall call);

  Optional<CallbackCall> find(CallId id);
}
