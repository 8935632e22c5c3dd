package dev.switchboard.adapter.persistence.verification;

import dev.switchboard.adapter.persistence.RacingWrites;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.PinVerification;
import io.micronaut.data.connection.ConnectionOperations;
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
  private final PinVerificationSql sql;
  private final RacingWrites writes;

  public VerificationsPersistenceAdapter(ConnectionOperations<Connection> connections,
      TransactionOperations<Connection> tx) {
    this.sql = new PinVerificationSql(connections);
    this.writes = new RacingWrites(tx);
  }

  @Override
  public Optional<PinVerification> find(PhoneNumber number) {
    return sql.find(number);
  }

  @Override
  public boolean save(PinVerification next) {
    if (next.version() < 1) {
      throw new IllegalArgumentException("Version " + next.version() + " is not a stored version");
    }
    if (next.version() == 1) {
      return writes.attempt(() -> {
        sql.insert(next);
        return true;
      });
    }
    return writes.attempt(() -> sql.updateIfVersion(next));
  }
}
