package dev.switchboard.application.port.out.contact;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.NumberedEntry;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Driven port for the server-side copies of devices' address books. */
public interface AddressBooks {

  Optional<AddressBook> find(BookOwner owner);

  /** Replaces the owner's book and its normalised number index, atomically. */
  void replace(BookOwner owner, AddressBook book, List<NumberedEntry> entries, Instant now);

  /** Every valid number in any of the user's books (all devices). */
  Set<PhoneNumber> numbersOfUser(CloudId cloudId, SipUsername username);

  /** Every book of the user, with its device and last change. */
  List<StoredBook> booksOfUser(CloudId cloudId, SipUsername username);

  /** Reverse lookup: which (user, device) books in the Cloud ID contain {@code number}. */
  List<BookOwner> holdersOf(CloudId cloudId, PhoneNumber number);

  /** Deletes every book of the user; returns how many. */
  int removeUser(CloudId cloudId, SipUsername username);
}
