package dev.switchboard.application.service.verification;

import dev.switchboard.application.port.in.verification.PinSent;
import dev.switchboard.application.port.in.verification.SendPinCommand;
import dev.switchboard.application.port.in.verification.SendPinUseCase;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.port.out.sms.SmsMessage;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.application.port.out.verification.PinGenerator;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.UnknownCloudIdException;
import dev.switchboard.domain.security.RandomTokens;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.verification.Pin;
import dev.switchboard.domain.verification.PinVerification;
import dev.switchboard.domain.verification.SendDecision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Sends a new or the live PIN, enforcing the per-client, resend and daily limits. */
public final class SendPinService implements SendPinUseCase {
  private final Verifications verifications;
  private final PinGenerator pins;
  private final SmsGateway sms;
  private final Apps apps;
  private final RateLimiter limiter;
  private final Clock clock;
  private final RandomGenerator random;
  private final VerificationSettings settings;

  public SendPinService(Verifications verifications, PinGenerator pins, SmsGateway sms, Apps apps,
      RateLimiter limiter, Clock clock, RandomGenerator random, VerificationSettings settings) {
    this.verifications = verifications;
    this.pins = pins;
    this.sms = sms;
    this.apps = apps;
    this.limiter = limiter;
    this.clock = clock;
    this.random = random;
    this.settings = settings;
  }

  @Override
  public PinSent sendPin(SendPinCommand command) {
    String appName = command.cloudId()
        .map(id -> apps.find(id).orElseThrow(() -> new UnknownCloudIdException(id.value())))
        .map(App::title).orElse("Switchboard");
    Instant now = clock.instant();
    limiter.tryAcquire("sms-client:" + command.clientAddress(), settings.perClient(), now)
        .ifPresent(wait -> throwThrottled("Too many verification requests from your network.", wait));
    Optional<PinVerification> current = verifications.find(command.number());
    SendDecision decision = PinVerification.decide(current, now, settings.policy());
    if (decision instanceof SendDecision.Refused refused) {
      throwThrottled(refused.reason(), refused.retryAfter());
    }
    PinVerification next = decision instanceof SendDecision.ResendSamePin resend
        ? resend.next()
        : issue(command, current, now);
    if (!verifications.save(next)) {
      throwThrottled("Another code request for this number is in progress.", Duration.ofSeconds(1));
    }
    Pin pin = pins.derive(command.number(), next.seed());
    try {
      sms.send(new SmsMessage(command.number(), text(appName, pin)));
    } catch (RuntimeException e) {
      Instant previousSend = current.filter(c -> c.seed().equals(next.seed()))
          .map(PinVerification::lastSentAt).orElse(Instant.EPOCH);
      verifications.save(next.undoSend(previousSend));
      throw e;
    }
    return new PinSent(next.expiresAt(), next.sends() > 1);
  }

  private PinVerification issue(SendPinCommand command, Optional<PinVerification> current, Instant now) {
    String seed = RandomTokens.draw(random, RandomTokens.URL_SAFE, 22);
    Pin pin = pins.derive(command.number(), seed);
    return PinVerification.issue(command.number(), seed, SecretHash.of(pin.digits(), random), now,
        settings.policy(), current);
  }
  private String text(String appName, Pin pin) {
    return settings.smsTemplate()
        .replace("{app}", appName)
        .replace("{minutes}", Long.toString(settings.policy().pinLifetime().toMinutes()))
        .replace("{pin}", pin.digits());
  }

  private static void throwThrottled(String reason, Duration wait) {
    throw new ThrottledException(reason + " Please try again " + ThrottledException.humanWait(wait) + ".", wait);
  }
}
