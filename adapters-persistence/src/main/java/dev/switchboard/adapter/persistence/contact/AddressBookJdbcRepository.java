package dev.switchboard.adapter.persistence.contact;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Table {@code address_books}, with the queries that join its number index. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AddressBookJdbcRepository extends GenericRepository<AddressBookRow, Long> {

  Optional<AddressBookRow> findByCloudIdAndUsernameAndDevice(
      String cloudId, String username, String device);

  List<AddressBookRow> findByCloudIdAndUsernameOrderById(String cloudId, String username);

  AddressBookRow save(AddressBookRow row);

  /** Also locks the row, so concurrent replaces of one book run one after the other. */
  @Query("UPDATE address_books SET updated_at = :updatedAt"
      + " WHERE cloud_id = :cloudId AND username = :username AND device = :device")
  int touch(String cloudId, String username, String device, Instant updatedAt);

  @Query("""
      SELECT DISTINCT n.number_digits
        FROM address_books b JOIN book_numbers n ON n.book_id = b.id
       WHERE b.cloud_id = :cloudId AND b.username = :username
         AND n.number_digits IS NOT NULL""")
  List<Long> numbersOfUser(String cloudId, String username);

  /** Reverse lookup: an index-only scan of ix_book_numbers_digits, then the owners by id. */
  @Query("""
      SELECT b.* FROM address_books b
       WHERE b.cloud_id = :cloudId
         AND b.id IN (SELECT n.book_id FROM book_numbers n WHERE n.number_digits = :digits)
       ORDER BY b.id""")
  List<AddressBookRow> holdersOf(String cloudId, long digits);

  int deleteByCloudIdAndUsername(String cloudId, String username);
}
