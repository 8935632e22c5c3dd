package dev.switchboard.application.port.in.smart;

import dev.switchboard.domain.smart.SmartEntry;
import java.util.List;

/** Use case: record "each verified number of this account may be reached at this SIP URI". */
public interface BecomeSmartUseCase {

  /** Returns the account's smart entries after the call. */
  List<SmartEntry> becomeSmart(BecomeSmartCommand command);
}
