package dev.switchboard.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {
  private final SecureRandom random = new SecureRandom();
  private final PhoneNumber number = PhoneNumber.parseE164("+12025550123");

  private Account anAccount() {
    CloudId cloud = new CloudId("DEMO");
    return Account.open(AccountIdentity.generate(random, new SipDomain("sip.example.com:5061"), cloud,
        NetworkId.of(cloud)), number, SecretHash.of("secret", random), Credit.ZERO, Instant.now());
  }

  @Test
  void givenNewAccount_credentialsAreGeneratedAndUnguessable() {
    Account a = anAccount();
    Account b = anAccount();
    assertThat(a.username()).isNotEqualTo(b.username());
    assertThat(a.username().value()).hasSize(17);
    assertThat(a.password().value()).hasSize(24);
    assertThat(a.password().toString()).doesNotContain(a.password().value());
  }

  @Test
  void callbackNumber_defaultsToTheVerifiedNumber_andFollowsTheCustomKey() {
    Account a = anAccount();
    assertThat(a.callbackNumber()).isEqualTo("+12025550123");
    a.putKey("callbackNumber", "+420276285602");
    assertThat(a.callbackNumber()).isEqualTo("+420276285602");
  }

  @Test
  void customKeys_keepTheirOrder() {
    Account a = anAccount();
    a.putKey("zeta", "1");
    a.putKey("alpha", "2");
    assertThat(a.customKeys().keySet()).containsExactly("zeta", "alpha");
  }

  @ParameterizedTest
  @ValueSource(strings = {"password", "cloud_password", "networkId", "1abc", "a b", "<x>", ""})
  void givenReservedOrInvalidKey_putKey_isRejected(String name) {
    assertThatThrownBy(() -> anAccount().putKey(name, "v")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenControlCharacterValue_putKey_isRejected() {
    assertThatThrownBy(() -> anAccount().putKey("x-cth-pin", "12\n34"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sipUri_dropsThePort() {
    Account a = anAccount();
    assertThat(a.identity().sipUri()).isEqualTo("sip:" + a.username() + "@sip.example.com");
  }

  @Test
  void replaceCloudSecret_retiresTheOldOne() {
    Account a = anAccount();
    a.replaceCloudSecret(SecretHash.of("new", random));
    assertThat(a.acceptsCloudSecret("secret")).isFalse();
    assertThat(a.acceptsCloudSecret("new")).isTrue();
  }

  @Test
  void credit_isScaledAndBounded() {
    assertThat(Credit.of("1.5").amount().toPlainString()).isEqualTo("1.5000");
    assertThatThrownBy(() -> Credit.of("1e12")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Credit.of("ten")).isInstanceOf(IllegalArgumentException.class);
  }
}
