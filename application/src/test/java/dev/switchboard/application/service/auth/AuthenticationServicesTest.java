package dev.switchboard.application.service.auth;

import static dev.switchboard.application.service.SmartContactsFixture.credentials;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.auth.TokenGrant;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.service.SmartContactsFixture;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.error.InvalidTokenException;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.WrongCredentialsException;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticationServicesTest {
  private final SmartContactsFixture f = new SmartContactsFixture();
  private final ProvisionedAccount alice = f.provisioned(aNumber());

  private AuthenticateAccountCommand with(String password, Optional<String> host, String cloud) {
    return new AuthenticateAccountCommand(new CloudId(cloud), alice.account().username().value(),
        host, password, "198.51.100.1");
  }

  @Test
  void givenRightCredentials_authenticate_answersTheVerifiedNumbersAndSipUri() {
    Principal p = f.authenticate.authenticate(credentials(alice));

    assertThat(p.numbers()).isEqualTo(alice.account().verifiedNumbers());
    assertThat(p.sipUri().value()).isEqualTo("sip:" + alice.account().username() + "@sip.example.com");
    assertThat(f.authenticate.authenticate(with(alice.account().password().value(),
        Optional.of("sip.example.com"), "DEMO")).username()).isEqualTo(alice.account().username());
  }

  @Test
  void givenWrongPasswordHostOrCloud_authenticate_isRefused() {
    String pw = alice.account().password().value();
    assertThatThrownBy(() -> f.authenticate.authenticate(with(pw + "x", Optional.empty(), "DEMO")))
        .isInstanceOf(WrongCredentialsException.class);
    assertThatThrownBy(() -> f.authenticate.authenticate(with(pw, Optional.of("evil.example"), "DEMO")))
        .isInstanceOf(WrongCredentialsException.class);
    assertThatThrownBy(() -> f.authenticate.authenticate(with(pw, Optional.empty(), "OTHER")))
        .isInstanceOf(WrongCredentialsException.class);
  }

  @Test
  void givenRepeatedFailuresForOneUsername_evenTheRightPasswordWaits() {
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> f.authenticate.authenticate(with("wrong", Optional.empty(), "DEMO")))
          .isInstanceOf(WrongCredentialsException.class);
    }
    assertThatThrownBy(() -> f.authenticate.authenticate(credentials(alice)))
        .isInstanceOf(ThrottledException.class);
    f.accounts.clock.advance(Duration.ofMinutes(2));
    assertThat(f.authenticate.authenticate(credentials(alice))).isNotNull();
  }

  @Test
  void issuedToken_authorizes_untilItExpiresOrIsRevoked() {
    TokenGrant grant = f.issueToken.issue(credentials(alice));

    assertThat(f.authorize.authorize(grant.token().value()).username()).isEqualTo(alice.account().username());
    f.accounts.clock.advance(Duration.ofHours(24));
    assertThatThrownBy(() -> f.authorize.authorize(grant.token().value())).isInstanceOf(InvalidTokenException.class);

    TokenGrant second = f.issueToken.issue(credentials(alice));
    f.revoke.revoke(second.token().value());
    assertThatThrownBy(() -> f.authorize.authorize(second.token().value())).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void forgedOrMalformedTokens_areRefused() {
    f.issueToken.issue(credentials(alice));
    assertThatThrownBy(() -> f.authorize.authorize("A".repeat(43))).isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> f.authorize.authorize("short")).isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> f.authorize.authorize(null)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void tokensAreStoredOnlyAsDigests() {
    TokenGrant grant = f.issueToken.issue(credentials(alice));
    assertThat(f.tokens.find(grant.token().value())).isEmpty();
    assertThat(f.tokens.find(grant.token().digest())).isPresent();
    assertThat(grant.token().toString()).doesNotContain(grant.token().value());
  }
}
