package dev.switchboard.adapter.persistence.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Table {@code account_numbers}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountNumberJdbcRepository extends GenericRepository<AccountNumberRow, Long> {

  void saveAll(Iterable<AccountNumberRow> rows);
}
