package dev.switchboard.domain.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A contact of a device's address book in the web-service contact format: the standard fields,
 * its entries, and other string fields ({@code company}, {@code notes}, …) kept as given.
 */
public record Contact(String contactId, String displayName, String fname, String lname,
    String avatar, String largeAvatar, List<ContactEntry> entries, Map<String, String> extra) {
  public static final int MAX_ENTRIES = 64;
  public static final int MAX_EXTRA = 32;
  public static final Set<String> STANDARD = Set.of("contactId", "displayName", "fname", "lname",
      "avatar", "largeAvatar", "contactEntries", "cloudUsername", "networkId");
  private static final Pattern EXTRA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]{0,63}");

  public Contact {
    contactId = Texts.required(contactId, "contactId", 128);
    displayName = Texts.optional(displayName, "displayName", 512);
    fname = Texts.optional(fname, "fname", 256);
    lname = Texts.optional(lname, "lname", 256);
    avatar = Texts.optional(avatar, "avatar", 2048);
    largeAvatar = Texts.optional(largeAvatar, "largeAvatar", 2048);
    entries = List.copyOf(Objects.requireNonNullElse(entries, List.of()));
    if (entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("A contact has at most " + MAX_ENTRIES + " entries");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNullElse(extra, Map.<String, String>of()).forEach((k, v) -> {
      if (!EXTRA_NAME.matcher(k).matches() || STANDARD.contains(k)) {
        throw new IllegalArgumentException("'" + Texts.shown(k) + "' is not a usable contact field name");
      }
      copy.put(k, Texts.optional(v, k, 4096));
    });
    if (copy.size() > MAX_EXTRA) {
      throw new IllegalArgumentException("A contact has at most " + MAX_EXTRA + " extra fields");
    }
    extra = java.util.Collections.unmodifiableMap(copy);
  }
}
