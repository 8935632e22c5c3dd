package dev.switchboard.adapter.persistence.contact;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Table {@code book_contacts} (reads; writes are JDBC batches in {@link BookBatches}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BookContactJdbcRepository extends GenericRepository<BookContactRow, Long> {

  List<BookContactRow> findByBookIdOrderBySortOrder(long bookId);
}
