package dev.switchboard.adapter.persistence.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.verification.PinVerification;
import dev.switchboard.domain.verification.VerificationPolicy;
import io.micronaut.transaction.TransactionOperations;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A lost race inside a caller's transaction leaves that transaction usable (PostgreSQL aborts). */
public abstract class AbstractVerificationsInTransactionTest {

  protected abstract Verifications verifications();

  protected abstract TransactionOperations<Connection> transactions();

  @Test
  void givenSurroundingTransaction_duplicateFirstIssue_isRefusedAndTheTransactionGoesOn() {
    PhoneNumber number = aNumber();
    PhoneNumber other = aNumber();

    boolean[] saved = transactions().executeWrite(status -> new boolean[] {
        verifications().save(issued(number)),
        verifications().save(issued(number)),
        verifications().save(issued(other))});

    assertThat(saved).containsExactly(true, false, true);
    assertThat(verifications().find(number)).isPresent();
    assertThat(verifications().find(other)).isPresent();
  }

  @Test
  void givenSurroundingTransactionRolledBack_save_isUndoneWithIt() {
    PhoneNumber number = aNumber();

    try {
      transactions().executeWrite(status -> {
        verifications().save(issued(number));
        throw new IllegalStateException("caller fails");
      });
    } catch (IllegalStateException expected) {
      // the caller's failure rolls back everything it wrote
    }

    assertThat(verifications().find(number)).isEmpty();
  }

  private static PinVerification issued(PhoneNumber number) {
    return PinVerification.issue(number, "seed", SecretHash.of("123456", new SecureRandom()),
        Instant.now().truncatedTo(ChronoUnit.MILLIS), VerificationPolicy.DEFAULT, Optional.empty());
  }
}
