package dev.switchboard.adapter.persistence.callthrough;

import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.application.testing.AbstractReservationsContractTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;

/**
 * The reservations adapter against the {@link Reservations} contract, run on H2 and on
 * PostgreSQL (kept apart from the shared PersistenceSuite so the call-through work merges
 * without touching it).
 */
abstract class ReservationsSuite {
  @Inject ReservationsPersistenceAdapter reservations;

  @Nested
  class ReservationsContract extends AbstractReservationsContractTest {
    @Override
    protected Reservations reservations() {
      return reservations;
    }
  }
}
