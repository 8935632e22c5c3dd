package dev.switchboard.application.port.out.call;

/**
 * Driven port that places calls and bridges them (third-party call control through a SIP
 * trunk). {@link #place} returns at once; progress is reported to the given {@link CallEvents}.
 */
public interface CallControl {

  /**
   * Starts placing {@code plan}: the first leg now, the second when the first answers. Never
   * blocks on the network; failures are reported as {@link CallEvents#ended}.
   */
  void place(CallPlan plan, CallEvents events);

  /** Calls currently in progress (not yet ended). */
  int liveCalls();
}
