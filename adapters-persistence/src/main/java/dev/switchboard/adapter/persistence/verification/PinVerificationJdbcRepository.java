package dev.switchboard.adapter.persistence.verification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Table {@code pin_verifications}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PinVerificationJdbcRepository extends GenericRepository<PinVerificationRow, String> {

  Optional<PinVerificationRow> findById(String e164);

  PinVerificationRow save(PinVerificationRow row);

  /** Writes the next state only over {@code previousVersion}; returns the rows changed (0 or 1). */
  @Query("""
      UPDATE pin_verifications
         SET seed = :seed, pin_hash = :pinHash, issued_at = :issuedAt, expires_at = :expiresAt,
             sends = :sends, last_sent_at = :lastSentAt, wrong_tries = :wrongTries,
             consumed = :consumed, day_start = :dayStart, day_sends = :daySends,
             version = :version
       WHERE e164 = :e164 AND version = :previousVersion""")
  int updateIfVersion(String e164, long previousVersion, String seed, String pinHash,
      Instant issuedAt, Instant expiresAt, int sends, Instant lastSentAt, int wrongTries,
      boolean consumed, Instant dayStart, int daySends, long version);
}
