package dev.switchboard.adapter.persistence.testing;

import static dev.switchboard.application.testing.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What stored books look like, and that a replace is all or nothing. */
public abstract class AbstractAddressBooksAtRestTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final CloudId cloud = new CloudId("REST-" + Long.toHexString(System.nanoTime()));

  protected abstract AddressBooks books();

  protected abstract TransactionOperations<Connection> transactions();

  protected abstract DataSource dataSource();

  private BookOwner anOwner() {
    Principal p = ContactFixtures.aPrincipal(cloud, PhoneNumber.parseE164("+12025550100"));
    return new BookOwner(cloud, p.username(), new DeviceId("phone"));
  }

  private void store(BookOwner owner, AddressBook book) {
    books().replace(owner, book, book.numberedEntries("US"), NOW);
  }

  @Test
  void givenUnparsableNumber_itsIndexRowKeepsTheRawValueWithoutDigits() throws SQLException {
    BookOwner owner = anOwner();
    store(owner, new AddressBook(List.of(aContact("1", "call me maybe", "(202) 555-0142"))));

    List<String> rows = strings("SELECT n.raw || '=' || COALESCE(CAST(n.number_digits AS TEXT),"
        + " 'null') FROM book_numbers n JOIN address_books b ON b.id = n.book_id"
        + " WHERE b.cloud_id = ? AND b.username = ? ORDER BY n.sort_order", owner);

    assertThat(rows).containsExactly("call me maybe=null", "(202) 555-0142=12025550142");
  }

  @Test
  void givenSurroundingTransactionRolledBack_replace_leavesThePreviousBook() {
    BookOwner owner = anOwner();
    AddressBook before = new AddressBook(List.of(aContact("1", "2025550101")));
    store(owner, before);

    try {
      transactions().executeWrite(status -> {
        store(owner, new AddressBook(List.of(aContact("2", "2025550102"))));
        throw new IllegalStateException("caller fails");
      });
    } catch (IllegalStateException expected) {
      // the caller's failure rolls back the replace with everything else
    }

    assertThat(books().find(owner).orElseThrow().contacts()).isEqualTo(before.contacts());
    assertThat(books().numbersOfUser(cloud, owner.username()))
        .containsExactly(PhoneNumber.parseE164("+12025550101"));
  }

  @Test
  void givenRemovedUser_itsContactsAndNumbersAreDeletedToo() throws SQLException {
    BookOwner owner = anOwner();
    store(owner, new AddressBook(List.of(aContact("1", "2025550101"), aContact("2", "x"))));
    String contacts = "SELECT CAST(COUNT(*) AS TEXT) FROM book_contacts c JOIN address_books b"
        + " ON b.id = c.book_id WHERE b.cloud_id = ? AND b.username = ?";
    String bookIds = "SELECT CAST(id AS TEXT) FROM address_books WHERE cloud_id = ?"
        + " AND username = ?";
    long id = Long.parseLong(strings(bookIds, owner).get(0));
    assertThat(strings(contacts, owner)).containsExactly("2");

    assertThat(books().removeUser(cloud, owner.username())).isEqualTo(1);

    assertThat(count("SELECT COUNT(*) FROM book_contacts WHERE book_id = ?", id)).isZero();
    assertThat(count("SELECT COUNT(*) FROM book_numbers WHERE book_id = ?", id)).isZero();
  }

  @Test
  void givenSimultaneousFirstUploadsOfOneBook_oneOfThemIsStoredWhole() throws Exception {
    BookOwner owner = anOwner();
    List<AddressBook> uploads = new ArrayList<>();
    for (int u = 0; u < 4; u++) {
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        contacts.add(aContact("u" + u + "-" + i, "(202) 56" + u + "-" + (1000 + i)));
      }
      uploads.add(new AddressBook(contacts));
    }

    ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      uploads.forEach(book -> done.add(pool.submit(() -> {
        start.await();
        store(owner, book);
        return null;
      })));
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    AddressBook stored = books().find(owner).orElseThrow();
    AddressBook winner = uploads.stream()
        .filter(b -> b.contacts().equals(stored.contacts())).findFirst().orElseThrow();
    assertThat(books().booksOfUser(cloud, owner.username())).hasSize(1);
    assertThat(books().numbersOfUser(cloud, owner.username()))
        .containsExactlyInAnyOrderElementsOf(AddressBook.numbers(winner.numberedEntries("US")));
  }

  private List<String> strings(String sql, BookOwner owner) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, owner.cloudId().value());
      ps.setString(2, owner.username().value());
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private long count(String sql, long id) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
