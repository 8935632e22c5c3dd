package dev.switchboard.application.port.in.contact;

import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.smart.SmartContact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Result: the contacts, each with its smart match if any, and when any of it last changed. */
public record MessagingContacts(List<Entry> contacts, Optional<Instant> lastModified) {

  /** A contact and, when one of its numbers is smart, who that is. */
  public record Entry(Contact contact, Optional<SmartContact> smart) {}
}
