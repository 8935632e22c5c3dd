package dev.switchboard.application.service.callthrough;

import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.DialRule;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.callthrough.TargetNumber;
import dev.switchboard.domain.error.AccessNumbersExhaustedException;
import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims an access number of a DTMF-less rule for the account's numbers: the caller's previous
 * one if it is free (sticky), else one in the caller's country, else any free one.
 */
public final class AccessNumberReserver {
  private final Reservations reservations;
  private final Clock clock;
  private final CallThroughSettings settings;

  public AccessNumberReserver(Reservations reservations, Clock clock,
      CallThroughSettings settings) {
    this.reservations = reservations;
    this.clock = clock;
    this.settings = settings;
  }

  /** @throws AccessNumbersExhaustedException every number of the pool is pending for them */
  AccessNumber reserve(Account account, DialRule rule, int callerCode, TargetNumber target) {
    PhoneNumber primary = account.verifiedNumbers().get(0);
    Optional<AccessNumber> previous = reservations.lastAccessNumber(primary);
    Instant now = clock.instant();
    for (AccessNumber candidate : rule.candidatesFor(callerCode, previous)) {
      Reservation reservation = new Reservation(UUID.randomUUID().toString(), candidate,
          account.verifiedNumbers(), account.cloudId(), account.username(), target, now,
          now.plus(settings.reservationWindow()));
      if (reservations.tryReserve(reservation)) {
        return candidate;
      }
    }
    throw new AccessNumbersExhaustedException();
  }
}
