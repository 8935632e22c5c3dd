package dev.switchboard.application.port.in.contact;

import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.DeviceId;
import java.util.List;
import java.util.Objects;

/**
 * Command: for {@code principal}'s {@code device}, either replace the book ({@code full}) with
 * {@code contacts}, or upsert {@code contacts} and delete {@code deletedIds}.
 */
public record UploadAddressBookCommand(Principal principal, DeviceId device, boolean full,
    List<Contact> contacts, List<String> deletedIds) {
  public UploadAddressBookCommand {
    Objects.requireNonNull(principal, "'principal' must not be null");
    Objects.requireNonNull(device, "'device' must not be null");
    contacts = List.copyOf(contacts);
    deletedIds = List.copyOf(deletedIds);
    if (full && !deletedIds.isEmpty()) {
      throw new IllegalArgumentException("A full upload has no deleted ids");
    }
  }

  public static UploadAddressBookCommand full(Principal principal, DeviceId device, List<Contact> contacts) {
    return new UploadAddressBookCommand(principal, device, true, contacts, List.of());
  }

  public static UploadAddressBookCommand delta(Principal principal, DeviceId device,
      List<Contact> upserted, List<String> deletedIds) {
    return new UploadAddressBookCommand(principal, device, false, upserted, deletedIds);
  }
}
