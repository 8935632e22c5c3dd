package dev.switchboard.adapter.persistence.contact;

import dev.switchboard.adapter.persistence.RacingWrites;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.contact.StoredBook;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.contact.NumberedEntry;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores devices' books in {@code address_books}, {@code book_contacts} (contacts as JSON) and
 * {@code book_numbers} (the normalised number index); a replace is one transaction.
 */
@Singleton
public final class AddressBooksPersistenceAdapter implements AddressBooks {
  private static final Logger LOG = LoggerFactory.getLogger(AddressBooksPersistenceAdapter.class);
  private static final int MAX_ATTEMPTS = 8;
  private final AddressBookJdbcRepository books;
  private final BookContactJdbcRepository contacts;
  private final TransactionOperations<Connection> tx;
  private final RacingWrites writes;
  private final ContactJson json = new ContactJson();
  private final BookBatches batches = new BookBatches(json);

  public AddressBooksPersistenceAdapter(AddressBookJdbcRepository books,
      BookContactJdbcRepository contacts, TransactionOperations<Connection> tx) {
    this.books = books;
    this.contacts = contacts;
    this.tx = tx;
    this.writes = new RacingWrites(tx);
  }

  @Override
  public Optional<AddressBook> find(BookOwner owner) {
    return tx.executeRead(status -> books.findByCloudIdAndUsernameAndDevice(
        owner.cloudId().value(), owner.username().value(), owner.device().value())
        .map(this::load));
  }

  @Override
  public void replace(BookOwner owner, AddressBook book, List<NumberedEntry> entries,
      Instant now) {
    tx.executeWrite(status -> {
      long bookId = claim(owner, now);
      batches.rewrite(tx.getConnection(), bookId, book.contacts(), entries);
      return null;
    });
  }

  @Override
  public Set<PhoneNumber> numbersOfUser(CloudId cloudId, SipUsername username) {
    Set<PhoneNumber> out = new LinkedHashSet<>();
    books.numbersOfUser(cloudId.value(), username.value())
        .forEach(digits -> out.add(new PhoneNumber("+" + digits)));
    return out;
  }

  @Override
  public List<StoredBook> booksOfUser(CloudId cloudId, SipUsername username) {
    return tx.executeRead(status ->
        books.findByCloudIdAndUsernameOrderById(cloudId.value(), username.value()).stream()
            .map(row -> new StoredBook(owner(row), load(row), row.updatedAt()))
            .toList());
  }

  @Override
  public List<BookOwner> holdersOf(CloudId cloudId, PhoneNumber number) {
    return books.holdersOf(cloudId.value(), number.digits()).stream()
        .map(AddressBooksPersistenceAdapter::owner).toList();
  }

  @Override
  public int removeUser(CloudId cloudId, SipUsername username) {
    return tx.executeWrite(status ->
        books.deleteByCloudIdAndUsername(cloudId.value(), username.value()));
  }

  /** The id of the owner's book row, created if absent, locked until the transaction ends. */
  private long claim(BookOwner owner, Instant now) {
    String cloudId = owner.cloudId().value();
    String username = owner.username().value();
    String device = owner.device().value();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (books.touch(cloudId, username, device, now) == 1) {
        return books.findByCloudIdAndUsernameAndDevice(cloudId, username, device)
            .orElseThrow().id();
      }
      Long[] created = new Long[1];
      if (writes.attempt(() -> {
        created[0] = books.save(new AddressBookRow(null, cloudId, username, device, now)).id();
        return true;
      })) {
        return created[0];
      }
      LOG.debug("Concurrent first upload of one book on {} (attempt {})", cloudId, attempt);
      RacingWrites.backOff(attempt);
    }
    throw new IllegalStateException("The address book of device " + device
        + " could not be stored after " + MAX_ATTEMPTS + " attempts: conflicting writes");
  }

  private AddressBook load(AddressBookRow row) {
    return new AddressBook(contacts.findByBookIdOrderBySortOrder(row.id()).stream()
        .map(c -> json.read(c.contactId(), c.body())).toList());
  }

  private static BookOwner owner(AddressBookRow row) {
    return new BookOwner(new CloudId(row.cloudId()), new SipUsername(row.username()),
        new DeviceId(row.device()));
  }
}
