package dev.switchboard.domain.webhook;

/** Where one webhook delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its first or next attempt. */
  PENDING,
  /** The receiver answered 204. */
  DELIVERED,
  /** Every retry failed (408, 429, 5xx or no answer). */
  FAILED,
  /** The receiver answered a code that is neither 204 nor retryable; not retried. */
  REJECTED
}
