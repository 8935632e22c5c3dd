package dev.switchboard.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.port.out.transaction.Transactions;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SmartEntry;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.PayloadFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The outbox with real transactions: a row queued with a smart entry shares its fate, and
 * concurrent claims (SKIP LOCKED) split the due rows between workers without waiting.
 */
public abstract class AbstractWebhookOutboxInTransactionTest {
  private final CloudId cloud = new CloudId("WT-" + Long.toHexString(System.nanoTime()));

  protected abstract WebhookOutbox outbox();

  protected abstract Transactions transactions();

  protected abstract SmartEntries smartEntries();

  protected abstract AddressBooks books();

  /**
   * PostgreSQL locks only the rows a limited claim returns. H2 2.3 locks every row the WHERE
   * matches when it has to sort (still skipped by others, so never claimed twice, but a
   * concurrent claimer then finds nothing until the claim commits).
   */
  protected abstract boolean locksOnlyReturnedRows();

  protected abstract dev.switchboard.application.port.out.auth.AccessTokens tokens();

  protected abstract dev.switchboard.application.port.out.auth.UserNetworks networks();

  @Test
  void userNetworks_isTheNetworkOfTheNewestToken_andUnknownUsersAreAbsent() {
    Principal p = ContactFixtures.aPrincipal(cloud, AccountFixtures.aNumber());
    Principal moved = new Principal(cloud, new dev.switchboard.domain.tenant.NetworkId("net-b"),
        p.username(), p.numbers(), p.sipUri());
    Principal stranger = ContactFixtures.aPrincipal(cloud, AccountFixtures.aNumber());
    Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    tokens().save(new dev.switchboard.domain.auth.IssuedToken(UUID.randomUUID().toString(), p,
        t, t.plusSeconds(3600), false));
    tokens().save(new dev.switchboard.domain.auth.IssuedToken(UUID.randomUUID().toString(),
        moved, t.plusSeconds(1), t.plusSeconds(3600), false));

    var found = networks().networksOf(cloud, List.of(p.username(), stranger.username()));

    assertThat(found).containsOnlyKeys(p.username());
    assertThat(found.get(p.username()).value()).isEqualTo("net-b");
  }

  private NewDelivery delivery(PhoneNumber n, Instant at) {
    return new NewDelivery("msg_" + UUID.randomUUID(), cloud, n, 1, PayloadFormat.JSON,
        "{\"id\":\"" + UUID.randomUUID() + "\"}", at);
  }

  @Test
  void givenAFailureAfterTheUpsert_neitherTheEntryNorTheDeliveryIsStored() {
    PhoneNumber n = AccountFixtures.aNumber();
    Principal bob = ContactFixtures.aPrincipal(cloud, n);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(3650));
    NewDelivery d = delivery(n, at);

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      smartEntries().upsert(List.of(new SmartEntry(cloud, bob.networkId(), n, bob.sipUri(),
          bob.username(), at)));
      outbox().enqueue(List.of(d));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(outbox().claimDue(at, 10_000, at.plusSeconds(1)))
        .extracting(ClaimedDelivery::webhookId).doesNotContain(d.webhookId());
    assertThat(smartEntries().upsert(List.of(new SmartEntry(cloud, bob.networkId(), n,
        bob.sipUri(), bob.username(), at)))).as("the entry is new again").hasSize(1);
  }

  @Test
  void givenTheUnitCommits_theEntryAndTheDeliveryAreBothThere() {
    PhoneNumber n = AccountFixtures.aNumber();
    Principal bob = ContactFixtures.aPrincipal(cloud, n);
    Principal alice = ContactFixtures.aPrincipal(cloud, AccountFixtures.aNumber());
    AddressBook book = new AddressBook(List.of(ContactFixtures.aContact("b", n.e164())));
    BookOwner owner = new BookOwner(cloud, alice.username(), new DeviceId("phone"));
    books().replace(owner, book, book.numberedEntries("US"), Instant.now());
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(3651));
    NewDelivery d = delivery(n, at);

    List<BookOwner> holders = transactions().inTransaction(() -> {
      smartEntries().upsert(List.of(new SmartEntry(cloud, bob.networkId(), n, bob.sipUri(),
          bob.username(), at)));
      outbox().enqueue(List.of(d));
      return books().holdersOf(cloud, n);
    });

    assertThat(holders).containsExactly(owner);
    assertThat(outbox().claimDue(at, 10_000, at.plusSeconds(1)))
        .extracting(ClaimedDelivery::webhookId).contains(d.webhookId());
  }

  @Test
  void givenAClaimHeldOpen_aSecondWorkerGetsTheOtherRowsAtOnce() throws Exception {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(3652));
    // Earlier tests' leftovers must not be among the first three due rows.
    while (!outbox().claimDue(at, 10_000, at.plus(Duration.ofDays(365))).isEmpty()) {
      Thread.onSpinWait();
    }
    List<NewDelivery> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(delivery(AccountFixtures.aNumber(), at));
    }
    outbox().enqueue(rows);
    Set<String> ours = new HashSet<>();
    rows.forEach(r -> ours.add(r.webhookId()));
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    CompletableFuture<List<ClaimedDelivery>> holder = CompletableFuture.supplyAsync(() ->
        transactions().inTransaction(() -> {
          List<ClaimedDelivery> mine = outbox().claimDue(at, 3, at.plusSeconds(60));
          claimed.countDown();
          await(release);
          return mine;
        }));
    assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
    long started = System.nanoTime();
    List<ClaimedDelivery> second = outbox().claimDue(at, 10_000, at.plusSeconds(60));
    long waitedMillis = (System.nanoTime() - started) / 1_000_000;
    release.countDown();
    List<ClaimedDelivery> first = holder.get(30, TimeUnit.SECONDS);

    assertThat(waitedMillis).as("SKIP LOCKED must not wait for the open claim").isLessThan(5_000);
    Set<String> a = ids(first, ours);
    Set<String> b = ids(second, ours);
    assertThat(a).hasSize(3);
    assertThat(b).doesNotContainAnyElementsOf(a);
    if (locksOnlyReturnedRows()) {
      assertThat(b).hasSize(3);
    }
  }

  @Test
  void givenManyConcurrentClaimers_eachDueRowIsClaimedOnce() throws Exception {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(3653));
    List<NewDelivery> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rows.add(delivery(AccountFixtures.aNumber(), at));
    }
    outbox().enqueue(rows);
    Set<String> ours = new HashSet<>();
    rows.forEach(r -> ours.add(r.webhookId()));

    List<CompletableFuture<List<ClaimedDelivery>>> workers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      workers.add(CompletableFuture.supplyAsync(() -> {
        List<ClaimedDelivery> got = new ArrayList<>();
        List<ClaimedDelivery> batch;
        do {
          batch = outbox().claimDue(at, 7, at.plusSeconds(600));
          got.addAll(batch);
        } while (!batch.isEmpty());
        return got;
      }));
    }
    List<String> all = new ArrayList<>();
    for (CompletableFuture<List<ClaimedDelivery>> w : workers) {
      w.get(60, TimeUnit.SECONDS).stream().map(ClaimedDelivery::webhookId)
          .filter(ours::contains).forEach(all::add);
    }

    assertThat(all).hasSize(200).doesNotHaveDuplicates();
    assertThat(outbox().list(Optional.empty(), 5)).isNotEmpty();
  }

  private static Set<String> ids(List<ClaimedDelivery> claimed, Set<String> ours) {
    Set<String> out = new HashSet<>();
    claimed.stream().map(ClaimedDelivery::webhookId).filter(ours::contains).forEach(out::add);
    return out;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
