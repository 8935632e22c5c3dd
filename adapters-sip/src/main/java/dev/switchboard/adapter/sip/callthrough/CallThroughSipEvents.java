package dev.switchboard.adapter.sip.callthrough;

/**
 * What the SIP side of call-through reports, for metrics: how each INVITE to an access number
 * was routed and, in b2bua mode, how each bridged call ended. Called on SIP stack threads:
 * return at once.
 */
public interface CallThroughSipEvents {
  /** Ignores everything. */
  CallThroughSipEvents NONE = new CallThroughSipEvents() {};

  /** An INVITE was routed: {@code mode} is {@code redirect} or {@code b2bua}. */
  default void routed(String mode) {}

  /** An INVITE found no reservation, or its caller could not be read. */
  default void refused() {}

  /** b2bua: a call to the trunk was started. */
  default void bridgeStarted() {}

  /**
   * b2bua: a bridged call ended; {@code outcome} is {@code answered}, {@code rejected} (the trunk
   * refused it), {@code cancelled} (by the caller), {@code timeout} or {@code failed}.
   */
  default void bridgeEnded(String outcome) {}
}
