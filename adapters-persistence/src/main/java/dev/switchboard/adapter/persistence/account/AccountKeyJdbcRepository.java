package dev.switchboard.adapter.persistence.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Table {@code account_keys}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountKeyJdbcRepository extends GenericRepository<AccountKeyRow, Long> {

  void saveAll(Iterable<AccountKeyRow> rows);


  void deleteByAccountId(long accountId);
}
