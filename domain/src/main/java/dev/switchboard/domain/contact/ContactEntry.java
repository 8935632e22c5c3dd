package dev.switchboard.domain.contact;

import java.util.Set;

/**
 * One entry of a contact ({@code {entryId, label, type, uri}}); {@code type} is {@code tel},
 * {@code email} or {@code url}. For {@code tel} the uri is the number as the user typed it.
 */
public record ContactEntry(String entryId, String label, String type, String uri) {
  private static final Set<String> TYPES = Set.of("tel", "email", "url");

  public ContactEntry {
    entryId = Texts.required(entryId, "entryId", 128);
    label = Texts.optional(label, "label", 128);
    type = Texts.required(type, "type", 16);
    uri = Texts.required(uri, "uri", 512);
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("Entry type '" + Texts.shown(type) + "' is not tel, email or url");
    }
  }

  public boolean isPhone() {
    return "tel".equals(type);
  }
}
