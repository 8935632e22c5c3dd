package dev.switchboard.application.port.out.contact;

import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import java.time.Instant;

/** A stored address book with its owner and the time of its last change. */
public record StoredBook(BookOwner owner, AddressBook book, Instant updatedAt) {}
