package dev.switchboard.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.webhook.DeliveryRound;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesQuery;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryCommand;
import dev.switchboard.application.port.out.transaction.Transactions;
import dev.switchboard.application.port.out.webhook.SendResult;
import dev.switchboard.application.service.smart.BecomeSmartService;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.application.testing.InMemoryAddressBooks;
import dev.switchboard.application.testing.InMemorySmartEntries;
import dev.switchboard.application.testing.InMemoryWebhookOutbox;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.ScriptedWebhookSender;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.RetryPolicy;
import dev.switchboard.domain.webhook.SmartContactTemplate;
import dev.switchboard.domain.webhook.SmartContactWebhook;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookServicesTest {
  private static final CloudId CLOUD = new CloudId("HOOK");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final InMemoryAddressBooks books = new InMemoryAddressBooks();
  private final InMemorySmartEntries entries = new InMemorySmartEntries(books);
  private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
  private final ScriptedWebhookSender sender = new ScriptedWebhookSender();
  private final AtomicInteger wakes = new AtomicInteger();
  private int batchSize = 1_000;

  private SmartContactWebhook hook() {
    return new SmartContactWebhook(CLOUD, URI.create("http://127.0.0.1:9/hook"),
        SmartContactTemplate.compile("{\"n\":\"%new_smart_number%\",\"p\":%interestedParties%}",
            PayloadFormat.JSON), Optional.empty(), batchSize);
  }

  private BecomeSmartService becomeSmart() {
    SmartContactNotifier notifier = new SmartContactNotifier(
        c -> c.equals(CLOUD) ? Optional.of(hook()) : Optional.empty(), books, outbox, clock);
    return new BecomeSmartService(entries, clock, Transactions.direct(), notifier,
        wakes::incrementAndGet);
  }

  private DeliverWebhooksService deliver() {
    WebhookAttempt attempt = new WebhookAttempt(c -> Optional.of(hook()), sender,
        RetryPolicy.standard(), clock, WebhookAttempt.AttemptLog.NONE);
    return new DeliverWebhooksService(outbox, attempt, clock,
        new WebhookSettings(100, Duration.ofMinutes(1), RetryPolicy.standard()), Runnable::run);
  }

  private Principal holderOf(PhoneNumber number, String device) {
    Principal p = ContactFixtures.aPrincipal(CLOUD, AccountFixtures.aNumber());
    AddressBook book = new AddressBook(List.of(ContactFixtures.aContact("c", number.e164())));
    books.replace(new BookOwner(CLOUD, p.username(), new DeviceId(device)), book,
        book.numberedEntries("US"), clock.instant());
    return p;
  }

  private Principal newSmartUser(PhoneNumber number) {
    Principal bob = ContactFixtures.aPrincipal(CLOUD, number);
    becomeSmart().becomeSmart(new BecomeSmartCommand(bob, bob.sipUri()));
    return bob;
  }

  @Test
  void givenTwoHolders_becomingSmart_queuesOneNotificationNamingBoth_andWakesTheWorker() {
    PhoneNumber bobNumber = AccountFixtures.aNumber();
    Principal alice = holderOf(bobNumber, "alices-phone");
    Principal carol = holderOf(bobNumber, "carols-tablet");

    newSmartUser(bobNumber);

    assertThat(outbox.bodies()).singleElement().asString()
        .contains("\"n\":\"" + bobNumber.e164() + "\"")
        .contains("{\"username\":\"" + alice.username() + "\",\"device\":\"alices-phone\"}")
        .contains("{\"username\":\"" + carol.username() + "\",\"device\":\"carols-tablet\"}");
    assertThat(wakes).hasValue(1);
  }

  @Test
  void givenAUriUpdateOrNoHolder_nothingIsQueued() {
    PhoneNumber lonely = AccountFixtures.aNumber();
    Principal bob = newSmartUser(lonely);
    holderOf(lonely, "late-phone");

    becomeSmart().becomeSmart(new BecomeSmartCommand(bob, bob.sipUri()));

    assertThat(outbox.bodies()).isEmpty();
    assertThat(wakes).hasValue(0);
  }

  @Test
  void givenMoreHoldersThanTheBatchSize_theyGoOutInSeveralRequests() {
    batchSize = 2;
    PhoneNumber bobNumber = AccountFixtures.aNumber();
    for (int i = 0; i < 5; i++) {
      holderOf(bobNumber, "d" + i);
    }

    newSmartUser(bobNumber);

    assertThat(outbox.list(Optional.empty(), 10)).extracting(WebhookDelivery::parties)
        .containsExactlyInAnyOrder(2, 2, 1);
  }

  @Test
  void answer204_isDelivered_200_isRejected_500_isRetriedAfterFiveSeconds() {
    PhoneNumber n1 = AccountFixtures.aNumber();
    PhoneNumber n2 = AccountFixtures.aNumber();
    PhoneNumber n3 = AccountFixtures.aNumber();
    for (PhoneNumber n : List.of(n1, n2, n3)) {
      holderOf(n, "phone");
      newSmartUser(n);
    }
    sender.then(new SendResult.Answered(204, Optional.empty()))
        .then(new SendResult.Answered(200, Optional.empty()))
        .then(new SendResult.Answered(500, Optional.empty()));

    DeliveryRound round = deliver().deliverDue();

    assertThat(round).isEqualTo(new DeliveryRound(3, 1, 1, 0, 1));
    WebhookDelivery retrying = outbox.list(Optional.of(DeliveryStatus.PENDING), 10).get(0);
    assertThat(retrying.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(5));
    assertThat(deliver().deliverDue()).isEqualTo(DeliveryRound.NONE);
    clock.advance(Duration.ofSeconds(5));
    assertThat(deliver().deliverDue()).isEqualTo(new DeliveryRound(1, 1, 0, 0, 0));
    assertThat(sender.sent()).extracting(w -> w.webhookId())
        .filteredOn(retrying.webhookId()::equals).hasSize(2);
  }

  @Test
  void retryAfter_isHonoured_andAfterTheScheduleTheDeliveryFails_thenReplayDeliversIt() {
    PhoneNumber n = AccountFixtures.aNumber();
    holderOf(n, "phone");
    newSmartUser(n);
    sender.then(new SendResult.Answered(429, Optional.of(Duration.ofSeconds(42))));

    deliver().deliverDue();
    assertThat(outbox.list(Optional.empty(), 1).get(0).nextAttemptAt())
        .isEqualTo(clock.instant().plusSeconds(42));
    for (int i = 0; i < 7; i++) {
      sender.then(new SendResult.Unreachable("connection refused"));
      clock.advance(Duration.ofHours(25));
      deliver().deliverDue();
    }

    WebhookDelivery failed = outbox.list(Optional.empty(), 1).get(0);
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(8);
    ReplayWebhookDeliveryService replay =
        new ReplayWebhookDeliveryService(outbox, clock, wakes::incrementAndGet);
    assertThat(replay.replay(new ReplayWebhookDeliveryCommand(failed.id()))).isTrue();
    assertThat(deliver().deliverDue().delivered()).isEqualTo(1);
    assertThat(new ListWebhookDeliveriesService(outbox)
        .list(new ListWebhookDeliveriesQuery(Optional.of(DeliveryStatus.DELIVERED), 10)))
        .extracting(WebhookDelivery::id).containsExactly(failed.id());
  }

  @Test
  void givenAnAppThatIsolatesNetworks_onlyHoldersOnTheSameNetworkAreInterested() {
    PhoneNumber bobNumber = AccountFixtures.aNumber();
    Principal sameNet = holderOf(bobNumber, "same");
    Principal otherNet = holderOf(bobNumber, "other");
    Principal unknown = holderOf(bobNumber, "unknown");
    dev.switchboard.domain.tenant.App isolating = new dev.switchboard.domain.tenant.App(CLOUD,
        "Hook", new dev.switchboard.domain.account.SipDomain("sip.example.com"), "",
        NetworkId.of(CLOUD), List.of(), Optional.empty(), true);
    SmartContactNotifier notifier = new SmartContactNotifier(c -> Optional.of(hook()), books,
        outbox, clock, new dev.switchboard.application.testing.FixedApps(isolating),
        (c, names) -> java.util.Map.of(sameNet.username(), NetworkId.of(CLOUD),
            otherNet.username(), new NetworkId("elsewhere")));
    Principal bob = ContactFixtures.aPrincipal(CLOUD, bobNumber);

    new BecomeSmartService(entries, clock, Transactions.direct(), notifier, () -> { })
        .becomeSmart(new BecomeSmartCommand(bob, bob.sipUri()));

    assertThat(outbox.bodies()).singleElement().asString()
        .contains(sameNet.username().value())
        .doesNotContain(otherNet.username().value())
        .doesNotContain(unknown.username().value());
  }
}
