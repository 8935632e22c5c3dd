package dev.switchboard.adapter.sip.callback;

/** The user-facing reason a call leg ended, from the SIP final status it got. */
final class LegEndReason {
  private LegEndReason() {}

  static String of(int status, boolean cancelled) {
    if (cancelled && status == 487) {
      return "cancelled";
    }
    return switch (status) {
      case 486, 600 -> "busy";
      case 480, 408 -> "no answer";
      case 404, 484, 604 -> "number not reachable (" + status + ")";
      case 487 -> "cancelled";
      default -> "rejected (" + status + ")";
    };
  }
}
