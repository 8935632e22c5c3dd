package dev.switchboard.adapter.persistence.callthrough;

import dev.switchboard.adapter.persistence.testing.PostgresTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Call-through reservations on the PostgreSQL of {@link PostgresTestDatabase}. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReservationsIT extends ReservationsSuite implements TestPropertyProvider {

  @Override
  public Map<String, String> getProperties() {
    return PostgresTestDatabase.properties();
  }
}
