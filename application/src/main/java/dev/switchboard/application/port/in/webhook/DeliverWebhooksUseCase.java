package dev.switchboard.application.port.in.webhook;

/** Use case: attempt the webhook deliveries that are due now (one round, bounded in size). */
public interface DeliverWebhooksUseCase {

  DeliveryRound deliverDue();
}
