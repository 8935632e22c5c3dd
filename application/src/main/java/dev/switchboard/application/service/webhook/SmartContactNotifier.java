package dev.switchboard.application.service.webhook;

import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.port.out.webhook.SmartContactWebhooks;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.smart.SmartEntry;
import dev.switchboard.domain.webhook.InterestedParty;
import dev.switchboard.domain.webhook.NewSmartContact;
import dev.switchboard.domain.webhook.SmartContactWebhook;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts the notifications about new smart entries in the outbox: for each entry whose app has a
 * webhook, the users whose books hold the number (the new smart user excepted), in batches of the
 * webhook's size, one rendered request per batch. Runs inside the caller's transaction.
 */
public final class SmartContactNotifier {
  private final SmartContactWebhooks webhooks;
  private final AddressBooks books;
  private final WebhookOutbox outbox;
  private final Clock clock;

  public SmartContactNotifier(SmartContactWebhooks webhooks, AddressBooks books,
      WebhookOutbox outbox, Clock clock) {
    this.webhooks = webhooks;
    this.books = books;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Returns how many deliveries were queued. */
  public int enqueueFor(List<SmartEntry> created) {
    Instant now = clock.instant();
    List<NewDelivery> deliveries = new ArrayList<>();
    for (SmartEntry entry : created) {
      Optional<SmartContactWebhook> hook = webhooks.find(entry.cloudId());
      if (hook.isEmpty()) {
        continue;
      }
      List<InterestedParty> parties = books.holdersOf(entry.cloudId(), entry.number()).stream()
          .filter(o -> !o.username().equals(entry.owner()))
          .map(SmartContactNotifier::party)
          .toList();
      NewSmartContact contact = NewSmartContact.of(entry);
      int size = hook.get().batchSize();
      for (int from = 0; from < parties.size(); from += size) {
        List<InterestedParty> batch = parties.subList(from, Math.min(parties.size(), from + size));
        deliveries.add(new NewDelivery("msg_" + UUID.randomUUID().toString().replace("-", ""),
            entry.cloudId(), entry.number(), batch.size(), hook.get().format(),
            hook.get().template().render(contact, batch), now));
      }
    }
    if (!deliveries.isEmpty()) {
      outbox.enqueue(deliveries);
    }
    return deliveries.size();
  }

  private static InterestedParty party(BookOwner owner) {
    return new InterestedParty(owner.username().value(), owner.device().value());
  }
}
