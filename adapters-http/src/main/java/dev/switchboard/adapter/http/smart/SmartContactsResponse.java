package dev.switchboard.adapter.http.smart;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.domain.smart.SmartContact;
import java.util.List;

/** Answer of {@code GET /smart/contacts/{device}}: the book's entries that are smart. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SmartContactsResponse(List<Item> smartContacts) {

  static SmartContactsResponse of(List<SmartContact> found) {
    return new SmartContactsResponse(found.stream()
        .map(s -> new Item(s.contactId(), s.entryId(), s.number().e164(), s.uri().value(),
            s.owner().value(), s.networkId().value()))
        .toList());
  }

  /**
   * One entry of the book (contact and entry id), its number (E.164), the SIP URI, the user
   * behind it ({@code cloudUsername}) and their Network ID.
   */
  public record Item(String contactId, String entryId, String number, String sipUri,
      String cloudUsername, String networkId) {}
}
