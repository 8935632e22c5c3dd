package dev.switchboard.adapter.persistence.housekeeping;

import dev.switchboard.adapter.persistence.testing.PostgresTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Retention deletes on the PostgreSQL of {@link PostgresTestDatabase}. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresHousekeepingIT extends HousekeepingSuite implements TestPropertyProvider {

  @Override
  public Map<String, String> getProperties() {
    return PostgresTestDatabase.properties();
  }
}
