package dev.switchboard.adapter.persistence.verification;

import dev.switchboard.adapter.persistence.RacingWrites;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.verification.PinVerification;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;

/**
 * Stores verification state in {@code pin_verifications} with compare-and-set on its version:
 * a lost race is a {@code false} result, never an exception or an aborted caller transaction.
 */
@Singleton
public final class VerificationsPersistenceAdapter implements Verifications {
  private final PinVerificationJdbcRepository repository;
  private final RacingWrites writes;

  public VerificationsPersistenceAdapter(
      PinVerificationJdbcRepository repository, TransactionOperations<Connection> tx) {
    this.repository = repository;
    this.writes = new RacingWrites(tx);
  }

  @Override
  public Optional<PinVerification> find(PhoneNumber number) {
    return repository.findById(number.e164()).map(row -> toDomain(number, row));
  }

  @Override
  public boolean save(PinVerification next) {
    if (next.version() < 1) {
      throw new IllegalArgumentException("Version " + next.version() + " is not a stored version");
    }
    if (next.version() == 1) {
      return writes.attempt(() -> {
        repository.save(toRow(next));
        return true;
      });
    }
    return writes.attempt(() -> repository.updateIfVersion(next.number().e164(),
        next.version() - 1, next.seed(), next.pinHash().encoded(), next.issuedAt(),
        next.expiresAt(), next.sends(), next.lastSentAt(), next.wrongTries(), next.consumed(),
        next.dayStart(), next.daySends(), next.version()) == 1);
  }

  private static PinVerificationRow toRow(PinVerification v) {
    return new PinVerificationRow(v.number().e164(), v.seed(), v.pinHash().encoded(),
        v.issuedAt(), v.expiresAt(), v.sends(), v.lastSentAt(), v.wrongTries(), v.consumed(),
        v.dayStart(), v.daySends(), v.version());
  }

  private static PinVerification toDomain(PhoneNumber number, PinVerificationRow row) {
    return new PinVerification(number, row.seed(), SecretHash.parse(row.pinHash()),
        row.issuedAt(), row.expiresAt(), row.sends(), row.lastSentAt(), row.wrongTries(),
        row.consumed(), row.dayStart(), row.daySends(), row.version());
  }
}
