package dev.switchboard.adapter.persistence.contact;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Table {@code discovery_budgets}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DiscoveryBudgetJdbcRepository extends GenericRepository<DiscoveryBudgetRow, Void> {

  Optional<DiscoveryBudgetRow> findByCloudIdAndUsername(String cloudId, String username);

  DiscoveryBudgetRow save(DiscoveryBudgetRow row);

  /** Writes the next state only over {@code previousVersion}; returns the rows changed (0 or 1). */
  @Query("""
      UPDATE discovery_budgets
         SET tokens = :tokens, updated_at = :updatedAt, version = :version
       WHERE cloud_id = :cloudId AND username = :username AND version = :previousVersion""")
  int updateIfVersion(String cloudId, String username, long previousVersion, double tokens,
      Instant updatedAt, long version);
}
