package dev.switchboard.application.port.out.sms;

import dev.switchboard.domain.phone.PhoneNumber;
import java.util.Objects;

/** A text message to one phone number. {@link #toString()} hides the text (it holds a PIN). */
public record SmsMessage(PhoneNumber to, String text) {
  public SmsMessage {
    Objects.requireNonNull(to, "'to' must not be null");
    Objects.requireNonNull(text, "'text' must not be null");
  }

  @Override
  public String toString() {
    return "SmsMessage[to=" + to + ", " + text.length() + " chars]";
  }
}
