package dev.switchboard.application.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.ContactFixtures.aContact;
import static dev.switchboard.application.testing.ContactFixtures.aPrincipal;
import static dev.switchboard.application.testing.ContactFixtures.national;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.smart.SmartContact;
import dev.switchboard.domain.smart.SmartEntry;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link AddressBooks} and {@link SmartEntries} together (the smart query joins them). */
public abstract class AbstractSmartContactsContractTest {
  private static final CloudId CLOUD = new CloudId("SC-" + Long.toHexString(System.nanoTime()));
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  protected abstract AddressBooks books();

  protected abstract SmartEntries smartEntries();

  private BookOwner store(Principal p, String device, AddressBook book) {
    BookOwner owner = new BookOwner(p.cloudId(), p.username(), new DeviceId(device));
    books().replace(owner, book, book.numberedEntries(p.region()), NOW);
    return owner;
  }

  private SmartEntry entry(Principal p, PhoneNumber n, String uri) {
    return new SmartEntry(p.cloudId(), p.networkId(), n, SipUri.parse(uri), p.username(), NOW);
  }

  @Test
  void givenStoredBook_find_returnsItsContactsAndIndex() {
    Principal alice = aPrincipal(CLOUD, aNumber());
    PhoneNumber bob = aNumber();
    BookOwner owner = store(alice, "phone", new AddressBook(List.of(
        aContact("1", national(bob)), aContact("2", "not a number"))));

    AddressBook read = books().find(owner).orElseThrow();

    assertThat(read.contacts()).extracting(c -> c.contactId()).containsExactly("1", "2");
    assertThat(read.contacts().get(0).extra()).containsEntry("company", "ACME");
    assertThat(books().numbersOfUser(CLOUD, alice.username())).containsExactly(bob);
    assertThat(books().holdersOf(CLOUD, bob)).containsExactly(owner);
    assertThat(books().booksOfUser(CLOUD, alice.username())).singleElement()
        .satisfies(b -> assertThat(b.updatedAt()).isEqualTo(NOW));
  }

  @Test
  void givenReplacedBook_oldNumbersAreGone() {
    Principal alice = aPrincipal(CLOUD, aNumber());
    PhoneNumber old = aNumber();
    PhoneNumber fresh = aNumber();
    store(alice, "phone", new AddressBook(List.of(aContact("1", old.e164()))));
    store(alice, "phone", new AddressBook(List.of(aContact("1", fresh.e164()))));

    assertThat(books().numbersOfUser(CLOUD, alice.username())).containsExactly(fresh);
    assertThat(books().holdersOf(CLOUD, old)).isEmpty();
  }

  @Test
  void givenSmartNumberInBook_findInBook_returnsItWithTheUri() {
    Principal alice = aPrincipal(CLOUD, aNumber());
    Principal bob = aPrincipal(CLOUD, aNumber());
    BookOwner book = store(alice, "phone", new AddressBook(List.of(
        aContact("bob", national(bob.numbers().get(0))), aContact("self", alice.numbers().get(0).e164()))));
    List<SmartEntry> created = smartEntries().upsert(List.of(entry(bob, bob.numbers().get(0), "bob@pbx.example")));
    smartEntries().upsert(List.of(entry(alice, alice.numbers().get(0), "alice@pbx.example")));

    List<SmartContact> found = smartEntries().findInBook(book, Optional.empty());

    assertThat(created).hasSize(1);
    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.contactId()).isEqualTo("bob");
      assertThat(s.entryId()).isEqualTo("tel:0");
      assertThat(s.number()).isEqualTo(bob.numbers().get(0));
      assertThat(s.uri().value()).isEqualTo("sip:bob@pbx.example");
      assertThat(s.owner()).isEqualTo(bob.username());
      assertThat(s.networkId()).isEqualTo(bob.networkId());
    });
  }

  @Test
  void givenUriChange_upsert_updatesWithoutCreating() {
    Principal bob = aPrincipal(CLOUD, aNumber());
    Principal alice = aPrincipal(CLOUD, aNumber());
    BookOwner book = store(alice, "phone", new AddressBook(List.of(aContact("bob", bob.numbers().get(0).e164()))));
    smartEntries().upsert(List.of(entry(bob, bob.numbers().get(0), "bob@old.example")));

    List<SmartEntry> created = smartEntries().upsert(List.of(entry(bob, bob.numbers().get(0), "bob@new.example")));

    assertThat(created).isEmpty();
    assertThat(smartEntries().findInBook(book, Optional.empty())).singleElement()
        .satisfies(s -> assertThat(s.uri().value()).isEqualTo("sip:bob@new.example"));
  }

  @Test
  void givenOtherCloudId_entriesAreNeverVisible() {
    CloudId other = new CloudId("OTHER-" + Long.toHexString(System.nanoTime()));
    Principal bobElsewhere = aPrincipal(other, aNumber());
    Principal alice = aPrincipal(CLOUD, aNumber());
    BookOwner book = store(alice, "phone", new AddressBook(List.of(aContact("bob", bobElsewhere.numbers().get(0).e164()))));
    smartEntries().upsert(List.of(entry(bobElsewhere, bobElsewhere.numbers().get(0), "bob@x.example")));

    assertThat(smartEntries().findInBook(book, Optional.empty())).isEmpty();
    assertThat(books().holdersOf(other, bobElsewhere.numbers().get(0))).isEmpty();
  }

  @Test
  void givenNetworkFilter_onlyThatNetworkMatches() {
    Principal alice = aPrincipal(CLOUD, aNumber());
    Principal bob = aPrincipal(CLOUD, aNumber());
    BookOwner book = store(alice, "phone", new AddressBook(List.of(aContact("bob", bob.numbers().get(0).e164()))));
    smartEntries().upsert(List.of(new SmartEntry(CLOUD, new NetworkId("net-b"), bob.numbers().get(0),
        SipUri.parse("bob@x.example"), bob.username(), NOW)));

    assertThat(smartEntries().findInBook(book, Optional.of(new NetworkId("net-a")))).isEmpty();
    assertThat(smartEntries().findInBook(book, Optional.of(new NetworkId("net-b")))).hasSize(1);
  }

  @Test
  void givenRemovedOwnerAndUser_nothingRemains() {
    Principal alice = aPrincipal(CLOUD, aNumber());
    Principal bob = aPrincipal(CLOUD, aNumber());
    BookOwner book = store(alice, "phone", new AddressBook(List.of(aContact("bob", bob.numbers().get(0).e164()))));
    store(alice, "tablet", new AddressBook(List.of(aContact("x", aNumber().e164()))));
    smartEntries().upsert(List.of(entry(bob, bob.numbers().get(0), "bob@x.example")));

    assertThat(smartEntries().removeOwner(CLOUD, bob.username())).isEqualTo(1);
    assertThat(smartEntries().findInBook(book, Optional.empty())).isEmpty();
    assertThat(books().removeUser(CLOUD, alice.username())).isEqualTo(2);
    assertThat(books().find(book)).isEmpty();
  }
}
