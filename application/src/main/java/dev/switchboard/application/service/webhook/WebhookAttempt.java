package dev.switchboard.application.service.webhook;

import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.OutgoingWebhook;
import dev.switchboard.application.port.out.webhook.SendResult;
import dev.switchboard.application.port.out.webhook.SmartContactWebhooks;
import dev.switchboard.application.port.out.webhook.WebhookSender;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.RetryPolicy;
import dev.switchboard.domain.webhook.SmartContactWebhook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One attempt of one claimed delivery, to the app's currently configured URL and secret: 204 is
 * delivered, 408/429/5xx and no answer are retried by the policy, anything else is rejected.
 */
public final class WebhookAttempt {
  private final SmartContactWebhooks webhooks;
  private final WebhookSender sender;
  private final RetryPolicy policy;
  private final Clock clock;
  private final AttemptLog log;

  public WebhookAttempt(SmartContactWebhooks webhooks, WebhookSender sender, RetryPolicy policy,
      Clock clock, AttemptLog log) {
    this.webhooks = webhooks;
    this.sender = sender;
    this.policy = policy;
    this.clock = clock;
    this.log = log;
  }

  public AttemptOutcome attempt(ClaimedDelivery d) {
    Optional<SmartContactWebhook> hook = webhooks.find(d.cloudId());
    Instant at = clock.instant();
    if (hook.isEmpty()) {
      return logged(d, new AttemptOutcome(d.id(), d.attempt(), DeliveryStatus.FAILED, at,
          Optional.empty(), 0, "no webhook is configured for " + d.cloudId() + " any more"));
    }
    SendResult result = sender.send(new OutgoingWebhook(hook.get().url(), d.webhookId(), at,
        d.format(), d.body(), hook.get().secret()));
    if (result instanceof SendResult.Answered answered) {
      int status = answered.status();
      if (status == 204) {
        return logged(d, new AttemptOutcome(d.id(), d.attempt(), DeliveryStatus.DELIVERED, at,
            Optional.empty(), status, ""));
      }
      if (RetryPolicy.retryable(status)) {
        return logged(d, retry(d, at, answered.retryAfter(), status, "HTTP " + status));
      }
      return logged(d, new AttemptOutcome(d.id(), d.attempt(), DeliveryStatus.REJECTED, at,
          Optional.empty(), status, "HTTP " + status + " (only 204 is success)"));
    }
    String reason = ((SendResult.Unreachable) result).reason();
    return logged(d, retry(d, at, Optional.empty(), 0, reason));
  }

  private AttemptOutcome retry(ClaimedDelivery d, Instant at, Optional<Duration> retryAfter,
      int status, String error) {
    Optional<Duration> wait = policy.nextWait(d.attempt(), retryAfter);
    return wait.map(w -> new AttemptOutcome(d.id(), d.attempt(), DeliveryStatus.PENDING, at,
            Optional.of(at.plus(w)), status, error))
        .orElseGet(() -> new AttemptOutcome(d.id(), d.attempt(), DeliveryStatus.FAILED, at,
            Optional.empty(), status, error + "; gave up after " + d.attempt() + " attempts"));
  }

  private AttemptOutcome logged(ClaimedDelivery d, AttemptOutcome o) {
    log.attempted(d, o);
    return o;
  }

  /** Where attempts are reported (the bootstrap logs them; tests may record them). */
  @FunctionalInterface
  public interface AttemptLog {
    void attempted(ClaimedDelivery delivery, AttemptOutcome outcome);

    AttemptLog NONE = (d, o) -> { };
  }
}
