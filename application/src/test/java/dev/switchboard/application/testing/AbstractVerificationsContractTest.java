package dev.switchboard.application.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.verification.PinVerification;
import dev.switchboard.domain.verification.VerificationPolicy;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract every {@link Verifications} implementation must meet. */
public abstract class AbstractVerificationsContractTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  protected abstract Verifications verifications();

  private static PinVerification issued(PhoneNumber number) {
    return PinVerification.issue(number, "seed-" + number.e164(),
        SecretHash.of("123456", new SecureRandom()), NOW, VerificationPolicy.DEFAULT, Optional.empty());
  }

  @Test
  void givenFirstIssue_save_storesAllFields() {
    PhoneNumber number = aNumber();
    PinVerification v = issued(number);

    assertThat(verifications().save(v)).isTrue();

    PinVerification read = verifications().find(number).orElseThrow();
    assertThat(read.seed()).isEqualTo(v.seed());
    assertThat(read.pinHash().matches("123456")).isTrue();
    assertThat(read.pinHash().matches("654321")).isFalse();
    assertThat(read.issuedAt()).isEqualTo(v.issuedAt());
    assertThat(read.expiresAt()).isEqualTo(v.expiresAt());
    assertThat(read.lastSentAt()).isEqualTo(v.lastSentAt());
    assertThat(read.dayStart()).isEqualTo(v.dayStart());
    assertThat(read.sends()).isEqualTo(1);
    assertThat(read.daySends()).isEqualTo(1);
    assertThat(read.wrongTries()).isZero();
    assertThat(read.consumed()).isFalse();
    assertThat(read.version()).isEqualTo(1);
  }

  @Test
  void givenStoredVersion_saveOfNextVersion_succeedsOnceOnly() {
    PhoneNumber number = aNumber();
    PinVerification v1 = issued(number);
    verifications().save(v1);

    assertThat(verifications().save(v1.withWrongTry())).isTrue();
    assertThat(verifications().save(v1.asConsumed())).isFalse();

    PinVerification read = verifications().find(number).orElseThrow();
    assertThat(read.wrongTries()).isEqualTo(1);
    assertThat(read.consumed()).isFalse();
    assertThat(read.version()).isEqualTo(2);
  }

  @Test
  void givenExistingRow_secondFirstIssue_isRefused() {
    PhoneNumber number = aNumber();
    assertThat(verifications().save(issued(number))).isTrue();
    assertThat(verifications().save(issued(number))).isFalse();
  }

  @Test
  void givenConsumedState_save_keepsTheFlag() {
    PhoneNumber number = aNumber();
    PinVerification v1 = issued(number);
    verifications().save(v1);
    verifications().save(v1.asConsumed());

    assertThat(verifications().find(number).orElseThrow().consumed()).isTrue();
  }

  @Test
  void givenUnknownNumber_find_isEmpty() {
    assertThat(verifications().find(aNumber())).isEmpty();
  }
}
