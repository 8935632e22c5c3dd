package dev.switchboard.domain.contact;

import dev.switchboard.domain.phone.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The server-side copy of one device's address book: contacts by id, in upload order. */
public final class AddressBook {
  private final Map<String, Contact> contacts = new LinkedHashMap<>();

  public AddressBook(List<Contact> contacts) {
    contacts.forEach(c -> this.contacts.put(c.contactId(), c));
  }

  /** Upserts {@code changed} and removes {@code deletedIds}. */
  public void apply(List<Contact> changed, List<String> deletedIds) {
    deletedIds.forEach(contacts::remove);
    changed.forEach(c -> contacts.put(c.contactId(), c));
  }

  public List<Contact> contacts() {
    return List.copyOf(contacts.values());
  }

  public int size() {
    return contacts.size();
  }

  /** Every {@code tel} entry, normalised with {@code region} (the owner's ISO region). */
  public List<NumberedEntry> numberedEntries(String region) {
    List<NumberedEntry> out = new ArrayList<>();
    for (Contact c : contacts.values()) {
      for (ContactEntry e : c.entries()) {
        if (e.isPhone()) {
          out.add(new NumberedEntry(c.contactId(), e.entryId(), e.uri(), normalise(e.uri(), region)));
        }
      }
    }
    return out;
  }

  /** The distinct valid numbers of the book. */
  public static Set<PhoneNumber> numbers(List<NumberedEntry> entries) {
    Set<PhoneNumber> out = new LinkedHashSet<>();
    entries.forEach(e -> e.number().ifPresent(out::add));
    return out;
  }

  private static Optional<PhoneNumber> normalise(String raw, String region) {
    try {
      return Optional.of(PhoneNumber.parse(raw, region));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
