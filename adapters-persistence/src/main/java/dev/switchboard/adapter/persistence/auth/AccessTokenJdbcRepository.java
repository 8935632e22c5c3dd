package dev.switchboard.adapter.persistence.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Table {@code access_tokens}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccessTokenJdbcRepository extends GenericRepository<AccessTokenRow, String> {

  Optional<AccessTokenRow> findById(String digest);

  AccessTokenRow save(AccessTokenRow row);

  @Query("""
      UPDATE access_tokens
         SET cloud_id = :cloudId, network_id = :networkId, username = :username,
             numbers = :numbers, sip_uri = :sipUri, issued_at = :issuedAt,
             expires_at = :expiresAt, revoked = :revoked
       WHERE digest = :digest""")
  int replace(String digest, String cloudId, String networkId, String username, String numbers,
      String sipUri, Instant issuedAt, Instant expiresAt, boolean revoked);

  @Query("UPDATE access_tokens SET revoked = TRUE WHERE digest = :digest")
  int revoke(String digest);

  @Query("UPDATE access_tokens SET revoked = TRUE"
      + " WHERE cloud_id = :cloudId AND username = :username AND revoked = FALSE")
  int revokeAll(String cloudId, String username);
}
