package dev.switchboard.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.contact.NumberedEntry;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The largest book a device may upload (20,000 contacts) is stored and read back whole. */
public abstract class AbstractLargeAddressBookTest {
  private static final Logger LOG = LoggerFactory.getLogger(AbstractLargeAddressBookTest.class);
  private static final int CONTACTS = 20_000;
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  protected abstract AddressBooks books();

  @Test
  void givenTwentyThousandContacts_replaceThenFindThenRemove_roundTripsEveryContactInOrder() {
    CloudId cloud = new CloudId("BIG-" + Long.toHexString(System.nanoTime()));
    PhoneNumber ownNumber = PhoneNumber.parseE164("+12025550100");
    var owner = ContactFixtures.aPrincipal(cloud, ownNumber);
    BookOwner phone = new BookOwner(cloud, owner.username(), new DeviceId("phone"));
    AddressBook book = new AddressBook(contacts());
    List<NumberedEntry> entries = book.numberedEntries("US");

    long start = System.nanoTime();
    books().replace(phone, book, entries, NOW);
    long stored = System.nanoTime();
    AddressBook read = books().find(phone).orElseThrow();
    long done = System.nanoTime();
    LOG.info("{} contacts ({} numbers): replace {} ms, find {} ms", CONTACTS, entries.size(),
        (stored - start) / 1_000_000, (done - stored) / 1_000_000);

    assertThat(read.contacts()).hasSize(CONTACTS).isEqualTo(book.contacts());
    assertThat(books().numbersOfUser(cloud, owner.username()))
        .hasSize(CONTACTS).containsAll(AddressBook.numbers(entries));
    assertThat(books().holdersOf(cloud, PhoneNumber.parseE164("+12025619999")))
        .containsExactly(phone);
    // Also keeps a reused test database small.
    assertThat(books().removeUser(cloud, owner.username())).isEqualTo(1);
    assertThat(books().find(phone)).isEmpty();
  }

  @Test
  void givenLargeBook_replacingItWithASmallOne_leavesOnlyTheSmallOne() {
    CloudId cloud = new CloudId("BIG-" + Long.toHexString(System.nanoTime()));
    var owner = ContactFixtures.aPrincipal(cloud, PhoneNumber.parseE164("+12025550100"));
    BookOwner phone = new BookOwner(cloud, owner.username(), new DeviceId("phone"));
    AddressBook large = new AddressBook(contacts());
    books().replace(phone, large, large.numberedEntries("US"), NOW);
    AddressBook small = new AddressBook(List.of(ContactFixtures.aContact("only", "2025550199")));

    books().replace(phone, small, small.numberedEntries("US"), NOW.plusSeconds(1));

    assertThat(books().find(phone).orElseThrow().contacts()).isEqualTo(small.contacts());
    assertThat(books().numbersOfUser(cloud, owner.username()))
        .containsExactly(PhoneNumber.parseE164("+12025550199"));
    books().removeUser(cloud, owner.username());
  }

  /** Contacts with one national number each (+1 202 560 0000 …), some with an email too. */
  private static List<Contact> contacts() {
    List<Contact> out = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      List<ContactEntry> entries = new ArrayList<>();
      entries.add(new ContactEntry("tel:0", "mobile", "tel", "(202) 56" + (i / 10_000) + "-"
          + String.format("%04d", i % 10_000)));
      if (i % 3 == 0) {
        entries.add(new ContactEntry("email:0", "work", "email", "c" + i + "@example.com"));
      }
      Map<String, String> extra = i % 2 == 0
          ? Map.of("company", "ACME \"quoted\"", "notes", "line 1\nline 2") : Map.of();
      out.add(new Contact("c-" + i, "Contact Ünïcödé " + i, "First", "Last " + i, "", "", entries,
          extra));
    }
    return out;
  }
}
