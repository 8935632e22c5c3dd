package dev.switchboard.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.smart.SmartContact;
import dev.switchboard.domain.smart.SmartEntry;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Simultaneous upserts of the same numbers: each number is created, and reported new, once. */
public abstract class AbstractSmartEntriesConcurrencyTest {
  private static final int ROUNDS = 25;
  private final CloudId cloud = new CloudId("RACE-" + Long.toHexString(System.nanoTime()));

  protected abstract SmartEntries smartEntries();

  protected abstract AddressBooks books();

  @Test
  void givenTwoSimultaneousUpsertsOfOneNewNumber_exactlyOneReportsItNew() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      PhoneNumber number = PhoneNumber.parseE164("+1202555" + (1000 + round));
      Principal bob = ContactFixtures.aPrincipal(cloud, number);
      SmartEntry viaA = entry(bob, number, "bob@a.example");
      SmartEntry viaB = entry(bob, number, "bob@b.example");

      List<List<SmartEntry>> created = race(List.of(viaA), List.of(viaB));

      assertThat(created.get(0).size() + created.get(1).size()).as("round %d", round)
          .isEqualTo(1);
      assertThat(storedUris(number)).singleElement()
          .isIn(viaA.uri().value(), viaB.uri().value());
    }
  }

  @Test
  void givenSimultaneousUpsertsOfTwoNumbersInOppositeOrder_bothSucceedAndEachIsNewOnce()
      throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      PhoneNumber first = PhoneNumber.parseE164("+1202556" + (1000 + round));
      PhoneNumber second = PhoneNumber.parseE164("+1202557" + (1000 + round));
      Principal bob = ContactFixtures.aPrincipal(cloud, first);

      List<List<SmartEntry>> created = race(
          List.of(entry(bob, first, "bob@a.example"), entry(bob, second, "bob@a.example")),
          List.of(entry(bob, second, "bob@b.example"), entry(bob, first, "bob@b.example")));

      List<PhoneNumber> newNumbers = new ArrayList<>();
      created.forEach(list -> list.forEach(e -> newNumbers.add(e.number())));
      assertThat(newNumbers).as("round %d", round).containsExactlyInAnyOrder(first, second);
    }
  }

  private List<List<SmartEntry>> race(List<SmartEntry> a, List<SmartEntry> b) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<SmartEntry>>> results = new ArrayList<>();
      for (List<SmartEntry> upsert : List.of(a, b)) {
        Callable<List<SmartEntry>> call = () -> {
          start.await();
          return smartEntries().upsert(upsert);
        };
        results.add(pool.submit(call));
      }
      start.countDown();
      List<List<SmartEntry>> created = new ArrayList<>();
      for (Future<List<SmartEntry>> result : results) {
        created.add(result.get(60, TimeUnit.SECONDS));
      }
      return created;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The URIs a book holding {@code number} sees for it. */
  private List<String> storedUris(PhoneNumber number) {
    Principal reader = ContactFixtures.aPrincipal(cloud, PhoneNumber.parseE164("+12025550100"));
    BookOwner owner = new BookOwner(cloud, reader.username(), new DeviceId("phone"));
    AddressBook book = new AddressBook(List.of(ContactFixtures.aContact("x", number.e164())));
    books().replace(owner, book, book.numberedEntries("US"), Instant.now());
    return smartEntries().findInBook(owner, Optional.empty()).stream()
        .map(SmartContact::uri).map(SipUri::value).toList();
  }

  private SmartEntry entry(Principal p, PhoneNumber number, String uri) {
    return new SmartEntry(cloud, p.networkId(), number, SipUri.parse(uri), p.username(),
        Instant.now());
  }
}
