package dev.switchboard.adapter.http.contact;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.http.common.JsonBodyReader;
import dev.switchboard.adapter.http.common.WireException;
import dev.switchboard.domain.contact.Contact;
import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A contact sync body, {@code {"contacts":[…],"deleted":["id",…]}}, read as a stream: one
 * contact at a time becomes a tree, so memory follows a contact, not the whole upload.
 */
record SyncBody(List<Contact> contacts, List<String> deleted) {
  private static final int MAX_ID = 128;

  static SyncBody read(JsonParser parser, ObjectMapper mapper, boolean full, int maxContacts)
      throws IOException {
    JsonBodyReader.expect(parser, JsonToken.START_OBJECT,
        "The body must be a JSON object: {\"contacts\":[…]}.");
    List<Contact> contacts = null;
    List<String> deleted = List.of();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("contacts")) {
        contacts = contacts(parser, mapper, value, maxContacts);
      } else if (name.equals("deleted")) {
        if (full) {
          throw WireException.badRequest("A full upload (PUT) has no 'deleted'; use PATCH.");
        }
        deleted = deleted(parser, value, maxContacts);
      } else {
        parser.skipChildren();
      }
    }
    if (contacts == null && full) {
      throw WireException.badRequest("'contacts' is missing.");
    }
    return new SyncBody(contacts == null ? List.of() : contacts, deleted);
  }

  private static List<Contact> contacts(JsonParser parser, ObjectMapper mapper, JsonToken value,
      int max) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      throw WireException.badRequest("'contacts' must be an array of contact objects.");
    }
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      if (i >= max) {
        throw tooMany(max);
      }
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw WireException.badRequest("contacts[" + i + "] must be an object.");
      }
      contacts.add(ContactJson.contact(mapper.readTree(parser), i));
    }
    return contacts;
  }

  private static List<String> deleted(JsonParser parser, JsonToken value, int max)
      throws IOException {
    if (value != JsonToken.START_ARRAY) {
      throw WireException.badRequest("'deleted' must be an array of contact ids.");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      if (i >= max) {
        throw tooMany(max);
      }
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw WireException.badRequest("deleted[" + i + "] must be a string.");
      }
      String id = parser.getText();
      if (id.isEmpty() || id.length() > MAX_ID) {
        throw WireException.badRequest(
            "deleted[" + i + "] is not a contact id (1 to " + MAX_ID + " characters).");
      }
      ids.add(id);
    }
    return ids;
  }

  private static WireException tooMany(int max) {
    return new WireException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "An upload holds at most " + max + " contacts.");
  }
}
