package dev.switchboard.adapter.persistence.testing;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the default datasource at the PostgreSQL named by {@code SWITCHBOARD_TEST_POSTGRES_*};
 * without one the tests are skipped locally but fail in CI ({@code CI=true}), where they must run.
 */
public final class PostgresTestDatabase {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresTestDatabase.class);
  static final String URL = "SWITCHBOARD_TEST_POSTGRES_URL";
  static final String USER = "SWITCHBOARD_TEST_POSTGRES_USER";
  static final String PASSWORD = "SWITCHBOARD_TEST_POSTGRES_PASSWORD";

  private PostgresTestDatabase() {}

  /** Micronaut properties for the database named by the environment. */
  public static Map<String, String> properties() {
    try {
      return properties(System::getenv);
    } catch (TestAbortedException skipped) {
      LOG.warn(skipped.getMessage());
      throw skipped;
    }
  }

  static Map<String, String> properties(UnaryOperator<String> env) {
    String url = env.apply(URL);
    if (url == null || url.isBlank()) {
      String missing = URL + " is not set (also set " + USER + " and " + PASSWORD + ")";
      if ("true".equalsIgnoreCase(env.apply("CI"))) {
        Assertions.fail("PostgreSQL tests must run in CI, but " + missing);
      }
      Assumptions.abort("PostgreSQL tests skipped: " + missing);
    }
    return Map.of(
        "datasources.default.url", url,
        "datasources.default.driver-class-name", "org.postgresql.Driver",
        "datasources.default.username", orEmpty(env.apply(USER)),
        "datasources.default.password", orEmpty(env.apply(PASSWORD)));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
