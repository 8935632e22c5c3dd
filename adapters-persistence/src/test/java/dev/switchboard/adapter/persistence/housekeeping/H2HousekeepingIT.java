package dev.switchboard.adapter.persistence.housekeeping;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Retention deletes on in-memory H2 in PostgreSQL mode. */
@MicronautTest(transactional = false)
class H2HousekeepingIT extends HousekeepingSuite {}
