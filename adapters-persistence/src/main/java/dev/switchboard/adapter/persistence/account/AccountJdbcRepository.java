package dev.switchboard.adapter.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Table {@code accounts}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountJdbcRepository extends CrudRepository<AccountRow, Long> {

  Optional<AccountRow> findBySipUsername(String sipUsername);

  /** Also locks the row, so concurrent updates of one account run one after the other. */
  @Query("UPDATE accounts SET cloud_secret_hash = :cloudSecretHash, credit = :credit,"
      + " updated_at = :updatedAt WHERE sip_username = :sipUsername")
  int updateMutable(
      String sipUsername, String cloudSecretHash, BigDecimal credit, Instant updatedAt);

  int deleteBySipUsername(String sipUsername);
}
