package dev.switchboard.bootstrap.e2e;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The databases the end-to-end tests run on: the embedded H2 default always, PostgreSQL when
 * SWITCHBOARD_TEST_POSTGRES_URL is set. With CI=true a missing PostgreSQL fails the run.
 */
record Database(String name, Map<String, Object> properties) {

  static Stream<Database> available() {
    String url = System.getenv("SWITCHBOARD_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true but SWITCHBOARD_TEST_POSTGRES_URL is not set: "
            + "the PostgreSQL end-to-end tests must run in CI (see .ci/run)");
      }
      return Stream.of(h2());
    }
    Map<String, Object> pg = new HashMap<>();
    pg.put("datasources.default.url", url);
    pg.put("datasources.default.username", env("SWITCHBOARD_TEST_POSTGRES_USER", "switchboard"));
    pg.put("datasources.default.password", env("SWITCHBOARD_TEST_POSTGRES_PASSWORD", "switchboard"));
    return Stream.of(h2(), new Database("PostgreSQL", pg));
  }

  private static Database h2() {
    return new Database("H2", Map.of());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  @Override
  public String toString() {
    return name;
  }
}
