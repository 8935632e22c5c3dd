package dev.switchboard.adapter.persistence.smart;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * Table {@code smart_entries}, and the smart query: one join of the book's number index with the
 * entries of its Cloud ID (a nested loop probing pk_smart_entries once per number of the book).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SmartEntryJdbcRepository extends GenericRepository<SmartEntryRow, Void> {
  String FIND_IN_BOOK = """
      SELECT n.contact_id, n.entry_id, s.number_digits, s.sip_uri, s.owner_username,
             s.network_id, s.updated_at
        FROM address_books b
        JOIN book_numbers n ON n.book_id = b.id
        JOIN smart_entries s ON s.cloud_id = :cloudId AND s.number_digits = n.number_digits
       WHERE b.cloud_id = :cloudId AND b.username = :username AND b.device = :device
         AND s.owner_username <> :username""";
  String IN_BOOK_ORDER = " ORDER BY n.sort_order";

  SmartEntryRow save(SmartEntryRow row);

  /** Re-points an existing entry; also locks it. Returns the rows changed (0 or 1). */
  @Query("""
      UPDATE smart_entries
         SET network_id = :networkId, sip_uri = :sipUri, owner_username = :ownerUsername,
             updated_at = :updatedAt
       WHERE cloud_id = :cloudId AND number_digits = :numberDigits""")
  int update(String cloudId, long numberDigits, String networkId, String sipUri,
      String ownerUsername, Instant updatedAt);

  @Query(FIND_IN_BOOK + IN_BOOK_ORDER)
  List<SmartContactRow> findInBook(String cloudId, String username, String device);

  @Query(FIND_IN_BOOK + " AND s.network_id = :networkId" + IN_BOOK_ORDER)
  List<SmartContactRow> findInBookOnNetwork(
      String cloudId, String username, String device, String networkId);

  int deleteByCloudIdAndOwnerUsername(String cloudId, String ownerUsername);
}
