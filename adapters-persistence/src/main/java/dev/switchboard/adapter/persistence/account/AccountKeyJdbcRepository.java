package dev.switchboard.adapter.persistence.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Table {@code account_keys}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountKeyJdbcRepository extends GenericRepository<AccountKeyRow, Long> {

  void saveAll(Iterable<AccountKeyRow> rows);

  List<AccountKeyRow> findByAccountIdOrderBySortOrder(long accountId);

  void deleteByAccountId(long accountId);
}
