package dev.switchboard.adapter.persistence.callthrough;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Call-through reservations on in-memory H2 in PostgreSQL mode. */
@MicronautTest(transactional = false)
class H2ReservationsIT extends ReservationsSuite {}
