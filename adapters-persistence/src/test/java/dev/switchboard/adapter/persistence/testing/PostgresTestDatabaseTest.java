package dev.switchboard.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PostgresTestDatabaseTest {

  @Test
  void givenUrl_properties_pointTheDefaultDatasourceAtIt() {
    Map<String, String> env = Map.of(PostgresTestDatabase.URL, "jdbc:postgresql://db/x",
        PostgresTestDatabase.USER, "u", PostgresTestDatabase.PASSWORD, "p", "CI", "true");

    assertThat(PostgresTestDatabase.properties(env::get))
        .containsEntry("datasources.default.url", "jdbc:postgresql://db/x")
        .containsEntry("datasources.default.username", "u")
        .containsEntry("datasources.default.password", "p")
        .containsEntry("datasources.default.driver-class-name", "org.postgresql.Driver");
  }

  @Test
  void givenNoUrlOutsideCi_properties_skipTheTests() {
    assertThatThrownBy(() -> PostgresTestDatabase.properties(Map.<String, String>of()::get))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("SWITCHBOARD_TEST_POSTGRES_URL");
  }

  @Test
  void givenNoUrlInCi_properties_failLoudly() {
    assertThatThrownBy(() -> PostgresTestDatabase.properties(Map.of("CI", "true")::get))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("must run in CI")
        .hasMessageContaining("SWITCHBOARD_TEST_POSTGRES_URL");
  }
}
