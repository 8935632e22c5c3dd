package dev.switchboard.domain.verification;

import java.time.Duration;

/** What a request to send a verification SMS gets. */
public sealed interface SendDecision {
  /** No usable PIN: draw a new one. */
  record IssueNewPin() implements SendDecision {}

  /** The live PIN is sent again; {@code next} is the state after that send. */
  record ResendSamePin(PinVerification next) implements SendDecision {}

  /** Not now: {@code reason} is a sentence for the user, {@code retryAfter} how long to wait. */
  record Refused(Duration retryAfter, String reason) implements SendDecision {}
}
