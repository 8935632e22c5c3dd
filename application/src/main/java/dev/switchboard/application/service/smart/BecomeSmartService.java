package dev.switchboard.application.service.smart;

import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.smart.BecomeSmartUseCase;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.port.out.transaction.Transactions;
import dev.switchboard.application.port.out.webhook.DeliveryWakeUp;
import dev.switchboard.application.service.webhook.SmartContactNotifier;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.smart.SmartEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creates (or re-points) one smart entry per verified number of the token's account, at the
 * account's own SIP user (a URI naming another user is refused; the host may change). With a
 * notifier, the webhook deliveries for the entries that are new go in the outbox in the same
 * transaction as the entries.
 */
public final class BecomeSmartService implements BecomeSmartUseCase {
  private final SmartEntries entries;
  private final Clock clock;
  private final Transactions transactions;
  private final Optional<SmartContactNotifier> notifier;
  private final DeliveryWakeUp wakeUp;

  /** Without notifications. */
  public BecomeSmartService(SmartEntries entries, Clock clock) {
    this(entries, clock, Transactions.direct(), Optional.empty(), DeliveryWakeUp.NONE);
  }

  public BecomeSmartService(SmartEntries entries, Clock clock, Transactions transactions,
      SmartContactNotifier notifier, DeliveryWakeUp wakeUp) {
    this(entries, clock, transactions, Optional.of(notifier), wakeUp);
  }

  private BecomeSmartService(SmartEntries entries, Clock clock, Transactions transactions,
      Optional<SmartContactNotifier> notifier, DeliveryWakeUp wakeUp) {
    this.entries = entries;
    this.clock = clock;
    this.transactions = transactions;
    this.notifier = notifier;
    this.wakeUp = wakeUp;
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
    if (notifier.isEmpty()) {
      entries.upsert(wanted);
      return wanted;
    }
    int queued = transactions.inTransaction(
        () -> notifier.get().enqueueFor(entries.upsert(wanted)));
    if (queued > 0) {
      wakeUp.wake();
    }
    return wanted;
  }
}
