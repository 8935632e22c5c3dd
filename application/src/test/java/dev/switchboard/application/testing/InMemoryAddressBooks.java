package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.contact.StoredBook;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.NumberedEntry;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory {@link AddressBooks}; thread-safe. */
public final class InMemoryAddressBooks implements AddressBooks {
  private final Map<BookOwner, Stored> books = new LinkedHashMap<>();

  private record Stored(AddressBook book, List<NumberedEntry> entries, Instant updatedAt) {}

  @Override
  public synchronized Optional<AddressBook> find(BookOwner owner) {
    return Optional.ofNullable(books.get(owner)).map(s -> new AddressBook(s.book.contacts()));
  }

  @Override
  public synchronized void replace(BookOwner owner, AddressBook book, List<NumberedEntry> entries,
      Instant now) {
    books.put(owner, new Stored(new AddressBook(book.contacts()), List.copyOf(entries), now));
  }

  @Override
  public synchronized Set<PhoneNumber> numbersOfUser(CloudId cloudId, SipUsername username) {
    Set<PhoneNumber> out = new HashSet<>();
    books.forEach((o, s) -> {
      if (o.cloudId().equals(cloudId) && o.username().equals(username)) {
        out.addAll(AddressBook.numbers(s.entries));
      }
    });
    return out;
  }

  @Override
  public synchronized List<StoredBook> booksOfUser(CloudId cloudId, SipUsername username) {
    List<StoredBook> out = new ArrayList<>();
    books.forEach((o, s) -> {
      if (o.cloudId().equals(cloudId) && o.username().equals(username)) {
        out.add(new StoredBook(o, new AddressBook(s.book.contacts()), s.updatedAt));
      }
    });
    return out;
  }

  @Override
  public synchronized List<BookOwner> holdersOf(CloudId cloudId, PhoneNumber number) {
    List<BookOwner> out = new ArrayList<>();
    books.forEach((o, s) -> {
      if (o.cloudId().equals(cloudId) && AddressBook.numbers(s.entries).contains(number)) {
        out.add(o);
      }
    });
    return out;
  }

  /** The stored number index of a book, for the smart-entry fake. */
  synchronized List<NumberedEntry> entriesOf(BookOwner owner) {
    return Optional.ofNullable(books.get(owner)).map(Stored::entries).orElse(List.of());
  }

  @Override
  public synchronized int removeUser(CloudId cloudId, SipUsername username) {
    int before = books.size();
    books.keySet().removeIf(o -> o.cloudId().equals(cloudId) && o.username().equals(username));
    return before - books.size();
  }
}
