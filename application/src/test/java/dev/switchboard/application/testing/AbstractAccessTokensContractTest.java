package dev.switchboard.application.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.domain.auth.AccessToken;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.tenant.CloudId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link AccessTokens}. */
public abstract class AbstractAccessTokensContractTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  protected abstract AccessTokens tokens();

  private IssuedToken issue(Principal p) {
    AccessToken t = AccessToken.generate(new SecureRandom());
    IssuedToken issued = new IssuedToken(t.digest(), p, NOW, NOW.plus(Duration.ofHours(1)), false);
    tokens().save(issued);
    return issued;
  }

  @Test
  void givenSavedToken_find_returnsThePrincipal() {
    Principal p = ContactFixtures.aPrincipal(new CloudId("DEMO"), aNumber());
    IssuedToken t = issue(p);

    IssuedToken read = tokens().find(t.digest()).orElseThrow();

    assertThat(read.principal()).isEqualTo(p);
    assertThat(read.expiresAt()).isEqualTo(t.expiresAt());
    assertThat(read.revoked()).isFalse();
  }

  @Test
  void revoke_marksOneOrAllTokensOfAUser() {
    Principal p = ContactFixtures.aPrincipal(new CloudId("DEMO"), aNumber());
    IssuedToken a = issue(p);
    IssuedToken b = issue(p);
    IssuedToken c = issue(p);

    assertThat(tokens().revoke(a.digest())).isTrue();
    assertThat(tokens().revoke("0".repeat(64))).isFalse();
    assertThat(tokens().find(a.digest()).orElseThrow().revoked()).isTrue();
    assertThat(tokens().revokeAll(p.cloudId(), p.username())).isEqualTo(2);
    assertThat(tokens().find(b.digest()).orElseThrow().revoked()).isTrue();
    assertThat(tokens().find(c.digest()).orElseThrow().revoked()).isTrue();
  }
}
