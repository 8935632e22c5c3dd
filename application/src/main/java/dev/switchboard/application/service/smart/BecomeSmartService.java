package dev.switchboard.application.service.smart;

import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.smart.BecomeSmartUseCase;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.smart.SmartEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Creates (or re-points) one smart entry per verified number of the token's account, at the
 * account's own SIP user (a URI naming another user is refused; the host may change).
 */
public final class BecomeSmartService implements BecomeSmartUseCase {
  private final SmartEntries entries;
  private final Clock clock;

  public BecomeSmartService(SmartEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Override
  public List<SmartEntry> becomeSmart(BecomeSmartCommand command) {
    Principal p = command.principal();
    if (p.numbers().isEmpty()) {
      throw new IllegalArgumentException("This account has no verified phone number to make smart.");
    }
    if (!command.sipUri().user().equals(p.sipUri().user())) {
      throw new IllegalArgumentException("The SIP URI must name this account's own SIP user ("
          + p.sipUri() + " as External Authentication reports it); the host may differ.");
    }
    Instant now = clock.instant();
    List<SmartEntry> wanted = p.numbers().stream()
        .map(n -> new SmartEntry(p.cloudId(), p.networkId(), n, command.sipUri(), p.username(), now))
        .toList();
    entries.upsert(wanted);
    return wanted;
  }
}
