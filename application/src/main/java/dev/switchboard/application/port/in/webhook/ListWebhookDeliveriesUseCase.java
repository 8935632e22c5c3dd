package dev.switchboard.application.port.in.webhook;

import dev.switchboard.domain.webhook.WebhookDelivery;
import java.util.List;

/** Use case: list webhook deliveries for the operator. */
public interface ListWebhookDeliveriesUseCase {

  List<WebhookDelivery> list(ListWebhookDeliveriesQuery query);
}
