package dev.switchboard.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The persistence adapters on in-memory H2 in PostgreSQL mode (see application-test.yml). */
@MicronautTest(transactional = false)
class H2PersistenceIT extends PersistenceSuite {}
