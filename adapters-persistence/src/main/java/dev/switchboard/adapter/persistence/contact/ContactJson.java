package dev.switchboard.adapter.persistence.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import java.util.List;
import java.util.Map;

/**
 * The stored JSON form of a contact ({@code book_contacts.body}): its own records, so the domain
 * can change without changing stored books; empty fields are left out.
 */
final class ContactJson {
  private final ObjectWriter writer;
  private final ObjectReader reader;

  record Body(String displayName, String fname, String lname, String avatar, String largeAvatar,
      List<Entry> entries, Map<String, String> extra) {}

  record Entry(String entryId, String label, String type, String uri) {}

  ContactJson() {
    ObjectMapper mapper = new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.writer = mapper.writerFor(Body.class);
    this.reader = mapper.readerFor(Body.class);
  }

  String write(Contact c) {
    List<Entry> entries = c.entries().stream()
        .map(e -> new Entry(e.entryId(), e.label(), e.type(), e.uri())).toList();
    try {
      return writer.writeValueAsString(new Body(c.displayName(), c.fname(), c.lname(), c.avatar(),
          c.largeAvatar(), entries, c.extra()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A contact could not be written as JSON", e);
    }
  }

  Contact read(String contactId, String json) {
    Body b;
    try {
      b = reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored contact " + contactId + " is not readable JSON", e);
    }
    List<ContactEntry> entries = b.entries() == null ? List.of() : b.entries().stream()
        .map(e -> new ContactEntry(e.entryId(), e.label(), e.type(), e.uri())).toList();
    return new Contact(contactId, b.displayName(), b.fname(), b.lname(), b.avatar(),
        b.largeAvatar(), entries, b.extra());
  }
}
