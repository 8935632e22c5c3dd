package dev.switchboard.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.provisioning.ProvisionAccountCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionAccountUseCase;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.port.in.verification.SendPinCommand;
import dev.switchboard.application.port.in.verification.SendPinUseCase;
import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.application.port.out.verification.PinGenerator;
import dev.switchboard.application.service.provisioning.PinCheck;
import dev.switchboard.application.service.provisioning.ProvisionAccountService;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.service.verification.SendPinService;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryVerifications;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipDomain;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.verification.Pin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/EMBEDDING.md, kept honest: the verification and provisioning use cases wired
 * by hand, with the embedder's own port implementations, and no Micronaut on the classpath.
 */
class EmbeddingExampleTest {

  @Test
  void micronautIsNotOnTheClasspathOfTheCore() {
    assertThatThrownBy(() -> Class.forName("io.micronaut.context.ApplicationContext"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("jakarta.inject.Singleton"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void givenHandWiredUseCases_aNumberIsVerifiedAndProvisioned() {
    // The embedder's own adapters: an SMS gateway, its app list and a PIN derivation.
    List<String> outbox = new ArrayList<>();
    SmsGateway sms = message -> outbox.add(message.text());
    App app = App.of(new CloudId("ACME"), "Acme Phone", new SipDomain("sip.acme.example"));
    Apps apps = cloudId -> Optional.of(app).filter(a -> a.cloudId().equals(cloudId));
    PinGenerator pins = (number, seed) -> Pin.fromNumber((number.e164() + seed).hashCode());

    SecureRandom random = new SecureRandom();
    Clock clock = Clock.systemUTC();
    VerificationSettings settings = VerificationSettings.DEFAULT;
    InMemoryVerifications verifications = new InMemoryVerifications();
    InMemoryRateLimiter limiter = new InMemoryRateLimiter(100_000);
    SendPinUseCase sendPin =
        new SendPinService(verifications, pins, sms, apps, limiter, clock, random, settings);
    ProvisionAccountUseCase provision = new ProvisionAccountService(apps, new InMemoryAccounts(),
        new PinCheck(verifications, settings.policy()), limiter, clock, random, settings, Credit.ZERO);

    PhoneNumber number = PhoneNumber.parseE164("+12025550123");
    sendPin.sendPin(new SendPinCommand(number, Optional.of(app.cloudId()), "203.0.113.7"));
    String pin = outbox.get(0).replaceAll(".*code is ([0-9]{6}).*", "$1");
    ProvisionedAccount account = provision.provision(
        new ProvisionAccountCommand(app.cloudId(), number, pin, "203.0.113.7"));

    assertThat(outbox.get(0)).startsWith("Your Acme Phone verification code is ");
    assertThat(account.account().domain().value()).isEqualTo("sip.acme.example");
    assertThat(account.account().verifiedNumbers()).containsExactly(number);
    ProvisionedAccount again = provision.provision(new ProvisionAccountCommand(
        app.cloudId(), number, account.cloudSecret().value(), "203.0.113.7"));
    assertThat(again.account().username()).isEqualTo(account.account().username());
  }
}
