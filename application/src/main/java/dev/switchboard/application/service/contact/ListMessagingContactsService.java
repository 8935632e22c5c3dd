package dev.switchboard.application.service.contact;

import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.contact.ListMessagingContactsUseCase;
import dev.switchboard.application.port.in.contact.MessagingContacts;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.contact.StoredBook;
import dev.switchboard.application.service.auth.CredentialGuard;
import dev.switchboard.application.service.smart.SmartMatcher;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.smart.SmartContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The messaging contact source: the user's synced contacts (newest book first, one per contact
 * id), marked with the smart user behind them, and the time the answer last changed.
 */
public final class ListMessagingContactsService implements ListMessagingContactsUseCase {
  private final CredentialGuard localAccounts;
  private final AddressBooks books;
  private final SmartMatcher smart;

  public ListMessagingContactsService(CredentialGuard localAccounts, AddressBooks books,
      SmartMatcher smart) {
    this.localAccounts = localAccounts;
    this.books = books;
    this.smart = smart;
  }

  @Override
  public MessagingContacts list(AuthenticateAccountCommand credentials) {
    Principal p = localAccounts.check(credentials);
    List<StoredBook> stored = new ArrayList<>(books.booksOfUser(p.cloudId(), p.username()));
    stored.sort(Comparator.comparing(StoredBook::updatedAt).reversed());
    List<MessagingContacts.Entry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Instant lastModified = null;
    for (StoredBook book : stored) {
      lastModified = later(lastModified, book.updatedAt());
      Map<String, SmartContact> byContact = new HashMap<>();
      for (SmartContact s : smart.find(book.owner(), p.networkId())) {
        byContact.putIfAbsent(s.contactId(), s);
        lastModified = later(lastModified, s.updatedAt());
      }
      for (Contact c : book.book().contacts()) {
        if (seen.add(c.contactId())) {
          out.add(new MessagingContacts.Entry(c, Optional.ofNullable(byContact.get(c.contactId()))));
        }
      }
    }
    return new MessagingContacts(out, Optional.ofNullable(lastModified));
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
