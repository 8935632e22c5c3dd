package dev.switchboard.application.port.out.webhook;

import java.time.Duration;
import java.util.Optional;

/** The answer to one webhook request: an HTTP status, or none at all. */
public sealed interface SendResult {

  /** The receiver answered {@code status}, possibly with a {@code Retry-After}. */
  record Answered(int status, Optional<Duration> retryAfter) implements SendResult {}

  /** No answer: refused connection, timeout, TLS or I/O failure. */
  record Unreachable(String reason) implements SendResult {}
}
