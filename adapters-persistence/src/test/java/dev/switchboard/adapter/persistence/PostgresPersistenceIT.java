package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.PostgresTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * The persistence adapters on the PostgreSQL named by {@link PostgresTestDatabase} (skipped
 * without it, failed under CI=true).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPersistenceIT extends PersistenceSuite implements TestPropertyProvider {

  @Override
  public Map<String, String> getProperties() {
    return PostgresTestDatabase.properties();
  }
}
