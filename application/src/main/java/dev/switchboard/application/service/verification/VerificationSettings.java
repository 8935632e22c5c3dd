package dev.switchboard.application.service.verification;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.domain.verification.VerificationPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of phone number verification.
 *
 * @param smsTemplate text of the SMS; {@code {app}}, {@code {pin}} and {@code {minutes}} are
 *     replaced
 * @param perClient SMS requests one client address may make
 * @param failuresPerClient wrong credentials one client address may send to provisioning
 */
public record VerificationSettings(
    VerificationPolicy policy, String smsTemplate, RateLimit perClient, RateLimit failuresPerClient) {

  public static final VerificationSettings DEFAULT = new VerificationSettings(
      VerificationPolicy.DEFAULT,
      "Your {app} verification code is {pin}. It expires in {minutes} minutes.",
      new RateLimit(30, Duration.ofHours(1)),
      new RateLimit(60, Duration.ofHours(1)));

  public VerificationSettings {
    Objects.requireNonNull(policy, "'policy' must not be null");
    Objects.requireNonNull(smsTemplate, "'smsTemplate' must not be null");
    Objects.requireNonNull(perClient, "'perClient' must not be null");
    Objects.requireNonNull(failuresPerClient, "'failuresPerClient' must not be null");
    if (!smsTemplate.contains("{pin}")) {
      throw new IllegalArgumentException("The SMS template must contain {pin}");
    }
  }
}
