package dev.switchboard.adapter.http.contact;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.adapter.http.common.JsonBody;
import dev.switchboard.application.port.in.contact.MessagingContacts;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import dev.switchboard.domain.smart.SmartContact;
import java.io.IOException;
import java.util.Map;

/**
 * Writes {@code {"contacts":[…]}} in the contact JSON format straight to the generator (it is
 * polled by every app every few minutes: no trees, no copies). A messaging contact also carries
 * {@code cloudUsername} and {@code networkId}.
 */
final class ContactJsonWriter {
  private ContactJsonWriter() {}

  static JsonBody of(MessagingContacts contacts) {
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("contacts");
      for (MessagingContacts.Entry entry : contacts.contacts()) {
        write(json, entry.contact(), entry.smart().orElse(null));
      }
      json.writeEndArray();
      json.writeEndObject();
    };
  }

  private static void write(JsonGenerator json, Contact contact, SmartContact smart)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("contactId", contact.contactId());
    if (smart != null) {
      json.writeStringField("cloudUsername", smart.owner().value());
      json.writeStringField("networkId", smart.networkId().value());
    }
    optional(json, "displayName", contact.displayName());
    optional(json, "fname", contact.fname());
    optional(json, "lname", contact.lname());
    optional(json, "avatar", contact.avatar());
    optional(json, "largeAvatar", contact.largeAvatar());
    json.writeArrayFieldStart("contactEntries");
    for (ContactEntry entry : contact.entries()) {
      json.writeStartObject();
      json.writeStringField("entryId", entry.entryId());
      optional(json, "label", entry.label());
      json.writeStringField("type", entry.type());
      json.writeStringField("uri", entry.uri());
      json.writeEndObject();
    }
    json.writeEndArray();
    for (Map.Entry<String, String> extra : contact.extra().entrySet()) {
      json.writeStringField(extra.getKey(), extra.getValue());
    }
    json.writeEndObject();
  }

  /** Empty standard fields are left out (an empty avatar URL is no avatar). */
  private static void optional(JsonGenerator json, String name, String value)
      throws IOException {
    if (!value.isEmpty()) {
      json.writeStringField(name, value);
    }
  }
}
