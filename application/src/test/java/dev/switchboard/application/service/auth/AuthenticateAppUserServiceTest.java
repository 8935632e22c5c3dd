package dev.switchboard.application.service.auth;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.AccountFixtures.aVerifiedAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.WrongCredentialsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthenticateAppUserServiceTest {
  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AuthenticateAppUserService auth = new AuthenticateAppUserService(accounts,
      new InMemoryNonces(1000), new InMemoryRateLimiter(1000), clock, AuthSettings.DEFAULT,
      Duration.ofMinutes(10));
  private final Account alice = accounts.addIfAbsent(aVerifiedAccount(aNumber(), "s"));
  private final String user = alice.username().value();
  private final String password = alice.password().value();

  @Test
  void givenRightPassword_authenticate_answersTheAccount() {
    assertThat(auth.authenticate(AppUserCredentials.withPassword(user, password, "192.0.2.1"))
        .username()).isEqualTo(alice.username());
  }

  @Test
  void givenNonceAndHash_authenticate_acceptsOnceAndRefusesTheReplay() {
    String hash = AuthenticateAppUserService.sha1Hex("n-1" + password);
    AppUserCredentials creds = AppUserCredentials.withNonce(user, "n-1", hash.toUpperCase(), "192.0.2.1");

    assertThat(auth.authenticate(creds).username()).isEqualTo(alice.username());
    assertThatThrownBy(() -> auth.authenticate(creds))
        .isInstanceOf(WrongCredentialsException.class).hasMessageContaining("already used");
  }

  @Test
  void givenWrongPasswordHashOrUser_authenticate_isRefused() {
    assertThatThrownBy(() -> auth.authenticate(AppUserCredentials.withPassword(user, "x", "c")))
        .isInstanceOf(WrongCredentialsException.class);
    assertThatThrownBy(() -> auth.authenticate(AppUserCredentials.withNonce(user, "n",
        AuthenticateAppUserService.sha1Hex("n" + "wrong"), "c")))
        .isInstanceOf(WrongCredentialsException.class);
    assertThatThrownBy(() -> auth.authenticate(AppUserCredentials.withPassword("nobody", password, "c")))
        .isInstanceOf(WrongCredentialsException.class);
    assertThatThrownBy(() -> auth.authenticate(AppUserCredentials.withPassword("bad user!", password, "c")))
        .isInstanceOf(WrongCredentialsException.class);
  }

  @Test
  void givenManyFailures_evenTheRightPasswordWaits() {
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> auth.authenticate(AppUserCredentials.withPassword(user, "x", "c")))
          .isInstanceOf(WrongCredentialsException.class);
    }
    assertThatThrownBy(() -> auth.authenticate(AppUserCredentials.withPassword(user, password, "c")))
        .isInstanceOf(ThrottledException.class);
  }

  @Test
  void sha1Hex_isLowercaseHexOfUtf8() {
    assertThat(AuthenticateAppUserService.sha1Hex("abc"))
        .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
  }
}
