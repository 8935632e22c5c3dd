package dev.switchboard.application.port.in.webhook;

/** Command: send a failed or rejected delivery again. */
public record ReplayWebhookDeliveryCommand(long id) {
  public ReplayWebhookDeliveryCommand {
    if (id < 1) {
      throw new IllegalArgumentException("'id' must be positive, not " + id);
    }
  }
}
