package dev.switchboard.adapter.http.smart;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.domain.smart.SmartEntry;
import java.util.List;

/** Answer of {@code POST /smart/entries}: each verified number and where it may be reached. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SmartEntriesResponse(List<Item> entries) {

  static SmartEntriesResponse of(List<SmartEntry> entries) {
    return new SmartEntriesResponse(entries.stream()
        .map(e -> new Item(e.number().e164(), e.uri().value())).toList());
  }

  /** One smart entry: number (E.164) and SIP URI. */
  public record Item(String number, String sipUri) {}
}
