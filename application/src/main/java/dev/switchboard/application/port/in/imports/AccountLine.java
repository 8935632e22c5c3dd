package dev.switchboard.application.port.in.imports;

import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One account of a bulk import, with the input line it came from. */
public record AccountLine(int line, CloudId cloudId, PhoneNumber number, Optional<Credit> credit,
    Map<String, String> keys) {
  public AccountLine {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(credit, "'credit' must not be null");
    keys = Map.copyOf(keys);
  }
}
