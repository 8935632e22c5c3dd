package dev.switchboard.adapter.http.contact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.common.WireException;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps one contact of the contact JSON format to a {@link Contact}, strictly: a wrong type is a
 * 400 naming the field and the contact's index, an invalid value a 400 with the domain's reason.
 * Paths for messages are built only on failure (20,000 contacts pass through here per upload).
 */
final class ContactJson {
  /** Fields the server writes on {@code /contacts}; ignored when an app sends them back. */
  private static final Set<String> SERVER_FIELDS = Set.of("cloudUsername", "networkId");
  private static final int NO_ENTRY = -1;

  private ContactJson() {}

  static Contact contact(JsonNode node, int index) {
    List<ContactEntry> entries = entries(node.get("contactEntries"), index);
    Map<String, String> extra = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (!Contact.STANDARD.contains(name) && !SERVER_FIELDS.contains(name)) {
        String value = text(field.getValue(), index, NO_ENTRY, name);
        if (value != null) {
          extra.put(name, value);
        }
      }
    }
    try {
      return new Contact(text(node, "contactId", index), text(node, "displayName", index),
          text(node, "fname", index), text(node, "lname", index), text(node, "avatar", index),
          text(node, "largeAvatar", index), entries, extra);
    } catch (IllegalArgumentException e) {
      throw WireException.badRequest(at(index, NO_ENTRY) + ": " + e.getMessage());
    }
  }

  private static List<ContactEntry> entries(JsonNode array, int index) {
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw WireException.badRequest(at(index, NO_ENTRY) + ".contactEntries must be an array.");
    }
    if (array.size() > Contact.MAX_ENTRIES) {
      throw WireException.badRequest(
          at(index, NO_ENTRY) + " has more than " + Contact.MAX_ENTRIES + " entries.");
    }
    List<ContactEntry> entries = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode e = array.get(i);
      if (!e.isObject()) {
        throw WireException.badRequest(at(index, i) + " must be an object.");
      }
      try {
        entries.add(new ContactEntry(text(e.get("entryId"), index, i, "entryId"),
            text(e.get("label"), index, i, "label"), text(e.get("type"), index, i, "type"),
            text(e.get("uri"), index, i, "uri")));
      } catch (IllegalArgumentException invalid) {
        throw WireException.badRequest(at(index, i) + ": " + invalid.getMessage());
      }
    }
    return entries;
  }

  private static String text(JsonNode contact, String field, int index) {
    return text(contact.get(field), index, NO_ENTRY, field);
  }

  /** A string value; null when absent or JSON null; 400 naming the field for any other type. */
  private static String text(JsonNode value, int index, int entry, String field) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw WireException.badRequest(at(index, entry) + "." + shown(field) + " must be a string.");
    }
    return value.textValue();
  }

  private static String at(int index, int entry) {
    return "contacts[" + index + "]" + (entry == NO_ENTRY ? "" : ".contactEntries[" + entry + "]");
  }

  /** A client-chosen field name fit for a message. */
  private static String shown(String name) {
    String cut = name.length() > 64 ? name.substring(0, 64) : name;
    return cut.replaceAll("[^A-Za-z0-9_\\-]", "?");
  }
}
