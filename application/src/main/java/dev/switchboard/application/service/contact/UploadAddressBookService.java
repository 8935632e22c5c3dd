package dev.switchboard.application.service.contact;

import dev.switchboard.application.port.in.contact.BookStored;
import dev.switchboard.application.port.in.contact.UploadAddressBookCommand;
import dev.switchboard.application.port.in.contact.UploadAddressBookUseCase;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.NumberedEntry;
import dev.switchboard.domain.error.TooLargeException;
import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Stores a device's book (whole or delta), normalising numbers in the owner's region and charging
 * numbers new to the user's books against the discovery budget.
 */
public final class UploadAddressBookService implements UploadAddressBookUseCase {
  private final AddressBooks books;
  private final DiscoveryCharge discovery;
  private final Clock clock;
  private final ContactSettings settings;

  public UploadAddressBookService(AddressBooks books, DiscoveryCharge discovery, Clock clock,
      ContactSettings settings) {
    this.books = books;
    this.discovery = discovery;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public BookStored upload(UploadAddressBookCommand command) {
    Principal p = command.principal();
    BookOwner owner = new BookOwner(p.cloudId(), p.username(), command.device());
    AddressBook book = command.full()
        ? new AddressBook(List.of())
        : books.find(owner).orElseGet(() -> new AddressBook(List.of()));
    book.apply(command.contacts(), command.deletedIds());
    if (book.size() > settings.maxContactsPerBook()) {
      throw new TooLargeException("An address book holds at most " + settings.maxContactsPerBook()
          + " contacts; this upload would make it " + book.size() + ".");
    }
    List<NumberedEntry> entries = book.numberedEntries(p.region());
    Set<PhoneNumber> numbers = AddressBook.numbers(entries);
    Set<PhoneNumber> known = books.numbersOfUser(p.cloudId(), p.username());
    int fresh = (int) numbers.stream().filter(n -> !known.contains(n)).count();
    Instant now = clock.instant();
    discovery.charge(p, fresh, now);
    books.replace(owner, book, entries, now);
    int unparsed = (int) entries.stream().filter(e -> e.number().isEmpty()).count();
    return new BookStored(book.size(), numbers.size(), unparsed, fresh);
  }
}
