package dev.switchboard.domain.callthrough;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A DTMF-less call-through reservation: a call to {@code accessNumber} from one of
 * {@code callers} (the account's verified numbers) before {@code expiresAt} is the account's
 * call to {@code target}.
 */
public record Reservation(String id, AccessNumber accessNumber, List<PhoneNumber> callers,
    CloudId cloudId, SipUsername account, TargetNumber target, Instant reservedAt,
    Instant expiresAt) {
  /** The window the contract speaks of: "within the next minute". */
  public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);

  public Reservation {
    Objects.requireNonNull(id, "'id' must not be null");
    Objects.requireNonNull(accessNumber, "'accessNumber' must not be null");
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(account, "'account' must not be null");
    Objects.requireNonNull(target, "'target' must not be null");
    Objects.requireNonNull(reservedAt, "'reservedAt' must not be null");
    Objects.requireNonNull(expiresAt, "'expiresAt' must not be null");
    callers = List.copyOf(callers);
    if (callers.isEmpty()) {
      throw new IllegalArgumentException("A reservation needs the caller's number");
    }
    if (!expiresAt.isAfter(reservedAt)) {
      throw new IllegalArgumentException("A reservation must expire after it is made");
    }
  }

  public boolean isActiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
