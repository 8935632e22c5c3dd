package dev.switchboard.application.port.in.imports;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.DeviceId;
import java.util.List;
import java.util.Objects;

/** One device's address book of a bulk import; {@code line} is where it starts in the input. */
public record BookImport(int line, SipUsername username, DeviceId device, List<Contact> contacts) {
  public BookImport {
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(device, "'device' must not be null");
    contacts = List.copyOf(contacts);
  }
}
