package dev.switchboard.application.service.webhook;

import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesQuery;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.util.List;

/** Lists deliveries from the outbox, newest first. */
public final class ListWebhookDeliveriesService implements ListWebhookDeliveriesUseCase {
  private final WebhookOutbox outbox;

  public ListWebhookDeliveriesService(WebhookOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public List<WebhookDelivery> list(ListWebhookDeliveriesQuery query) {
    return outbox.list(query.status(), query.limit());
  }
}
