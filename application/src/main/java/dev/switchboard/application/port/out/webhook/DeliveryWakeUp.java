package dev.switchboard.application.port.out.webhook;

/** Driven port that tells this instance's delivery worker new deliveries are waiting. */
public interface DeliveryWakeUp {

  void wake();

  /** For deployments without a local worker: nothing to wake. */
  DeliveryWakeUp NONE = () -> { };
}
