package dev.switchboard.application.port.out.callthrough;

import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * Driven port for DTMF-less call-through reservations, shared by every instance of the service:
 * claims and consumption must be atomic across instances (no in-memory state).
 */
public interface Reservations {

  /** The access number of {@code caller}'s most recent reservation, pending or not (stickiness). */
  Optional<AccessNumber> lastAccessNumber(PhoneNumber caller);

  /**
   * Stores {@code reservation} unless one of its (caller, access number) pairs still has a
   * reservation active at {@code reservation.reservedAt()}; false when that pair is taken.
   * Concurrent calls for one pair store at most one reservation.
   */
  boolean tryReserve(Reservation reservation);

  /**
   * Takes the reservation of ({@code caller}, {@code accessNumber}) active at {@code now} and
   * marks it used (with its sibling rows for the account's other numbers); at most one of
   * concurrent calls gets it.
   */
  Optional<Reservation> consume(PhoneNumber caller, AccessNumber accessNumber, Instant now);
}
