package dev.switchboard.adapter.http.sms;

import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/** An SMS the log adapter "sent", kept for the development endpoint. */
public record SentSms(PhoneNumber to, String text, Instant sentAt) {
  public SentSms {
    Objects.requireNonNull(to, "'to' must not be null");
    Objects.requireNonNull(text, "'text' must not be null");
    Objects.requireNonNull(sentAt, "'sentAt' must not be null");
  }

  @Override
  public String toString() {
    return "SentSms[to=" + to + ", sentAt=" + sentAt + "]";
  }
}
