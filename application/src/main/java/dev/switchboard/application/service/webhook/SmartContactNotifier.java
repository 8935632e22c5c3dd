package dev.switchboard.application.service.webhook;

import dev.switchboard.application.port.out.auth.UserNetworks;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.NetworkId;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts the notifications about new smart entries in the outbox: for each entry whose app has a
 * webhook, the users whose books hold the number (the new smart user excepted; on the same
 * Network ID when the app isolates networks), in batches of the
 * webhook's size, one rendered request per batch. Runs inside the caller's transaction.
 */
public final class SmartContactNotifier {
  private final SmartContactWebhooks webhooks;
  private final AddressBooks books;
  private final WebhookOutbox outbox;
  private final Clock clock;
  private final Apps apps;
  private final UserNetworks networks;

  /** Without network isolation (every holder in the Cloud ID is interested). */
  public SmartContactNotifier(SmartContactWebhooks webhooks, AddressBooks books,
      WebhookOutbox outbox, Clock clock) {
    this(webhooks, books, outbox, clock, cloudId -> Optional.empty(), (c, names) -> Map.of());
  }

  /**
   * When the app isolates networks, only holders last signed in on the new smart user's Network
   * ID are interested (a holder whose network is unknown is left out).
   */
  public SmartContactNotifier(SmartContactWebhooks webhooks, AddressBooks books,
      WebhookOutbox outbox, Clock clock, Apps apps, UserNetworks networks) {
    this.webhooks = webhooks;
    this.books = books;
    this.outbox = outbox;
    this.clock = clock;
    this.apps = apps;
    this.networks = networks;
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
      List<BookOwner> holders = books.holdersOf(entry.cloudId(), entry.number()).stream()
          .filter(o -> !o.username().equals(entry.owner()))
          .toList();
      List<InterestedParty> parties = sameNetwork(entry, holders).stream()
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

  private List<BookOwner> sameNetwork(SmartEntry entry, List<BookOwner> holders) {
    boolean isolate = apps.find(entry.cloudId()).map(App::isolateNetworks).orElse(false);
    if (!isolate || holders.isEmpty()) {
      return holders;
    }
    Map<SipUsername, NetworkId> known = networks.networksOf(entry.cloudId(),
        holders.stream().map(BookOwner::username).toList());
    return holders.stream()
        .filter(h -> entry.networkId().equals(known.get(h.username())))
        .toList();
  }

  private static InterestedParty party(BookOwner owner) {
    return new InterestedParty(owner.username().value(), owner.device().value());
  }
}
