package dev.switchboard.application.port.in.housekeeping;

/** The kinds of stored records housekeeping deletes once nobody needs them any more. */
public enum RecordKind {
  /** Webhook deliveries the receiver accepted. */
  DELIVERED_WEBHOOKS("delivered_webhooks"),
  /** Webhook deliveries given up on (failed or rejected); the admin API can replay them. */
  FAILED_WEBHOOKS("failed_webhooks"),
  /** Records of ended callbacks. */
  CALL_RECORDS("call_records"),
  /** Expired or used PINs whose number's 24-hour SMS window is over. */
  PIN_VERIFICATIONS("pin_verifications"),
  /** Expired access tokens (revoked or not). */
  ACCESS_TOKENS("access_tokens"),
  /** Spent nonces whose replay window is over. */
  NONCES("nonces"),
  /** Call-through reservations past their window (used or not). */
  RESERVATIONS("callthrough_reservations");

  private final String label;

  RecordKind(String label) {
    this.label = label;
  }

  /** The snake_case name used in logs, metrics tags and JSON. */
  public String label() {
    return label;
  }
}
