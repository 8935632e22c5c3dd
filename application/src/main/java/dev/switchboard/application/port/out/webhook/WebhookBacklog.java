package dev.switchboard.application.port.out.webhook;

import dev.switchboard.domain.webhook.DeliveryStatus;
import java.util.Map;

/** Driven port for monitoring: how many webhook deliveries are in each status. */
public interface WebhookBacklog {

  /** Deliveries per status; statuses without any may be missing. */
  Map<DeliveryStatus, Long> countByStatus();
}
