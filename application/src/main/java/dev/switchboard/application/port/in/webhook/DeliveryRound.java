package dev.switchboard.application.port.in.webhook;

/** What one delivery round did: deliveries claimed and how their attempts ended. */
public record DeliveryRound(int claimed, int delivered, int retrying, int failed, int rejected) {
  public static final DeliveryRound NONE = new DeliveryRound(0, 0, 0, 0, 0);
}
