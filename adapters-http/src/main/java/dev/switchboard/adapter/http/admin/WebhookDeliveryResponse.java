package dev.switchboard.adapter.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.List;

/** Admin view of one webhook delivery (the body is not shown: it names users). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WebhookDeliveryResponse(
    long id,
    String webhookId,
    String cloudId,
    String newSmartNumber,
    int parties,
    String status,
    int attempts,
    String createdAt,
    String nextAttemptAt,
    String lastAttemptAt,
    int lastStatusCode,
    String lastError) {

  static WebhookDeliveryResponse of(WebhookDelivery d) {
    return new WebhookDeliveryResponse(d.id(), d.webhookId(), d.cloudId().value(),
        d.number().e164(), d.parties(), d.status().name().toLowerCase(java.util.Locale.ROOT),
        d.attempts(), d.createdAt().toString(), d.nextAttemptAt().toString(),
        d.lastAttemptAt().map(Instant::toString).orElse(null), d.lastStatusCode(),
        d.lastError());
  }

  /** The list answer. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Page(List<WebhookDeliveryResponse> deliveries) {}
}
