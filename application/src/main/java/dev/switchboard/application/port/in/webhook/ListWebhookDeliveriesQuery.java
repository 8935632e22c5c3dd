package dev.switchboard.application.port.in.webhook;

import dev.switchboard.domain.webhook.DeliveryStatus;
import java.util.Objects;
import java.util.Optional;

/** Query: the newest deliveries, optionally of one status, at most {@code limit} (1..1000). */
public record ListWebhookDeliveriesQuery(Optional<DeliveryStatus> status, int limit) {
  public ListWebhookDeliveriesQuery {
    Objects.requireNonNull(status, "'status' must not be null");
    if (limit < 1 || limit > 1_000) {
      throw new IllegalArgumentException("'limit' must be within 1..1000, not " + limit);
    }
  }
}
