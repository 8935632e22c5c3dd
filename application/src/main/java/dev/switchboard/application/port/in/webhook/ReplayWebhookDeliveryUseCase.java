package dev.switchboard.application.port.in.webhook;

/** Use case: put a failed or rejected delivery back in the queue, due now. */
public interface ReplayWebhookDeliveryUseCase {

  /** False when there is no failed or rejected delivery with that id. */
  boolean replay(ReplayWebhookDeliveryCommand command);
}
