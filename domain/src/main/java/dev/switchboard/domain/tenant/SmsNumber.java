package dev.switchboard.domain.tenant;

import java.util.Objects;

/** A messaging-gateway number handed to the app in Account XML ({@code <smsNumbers>}). */
public record SmsNumber(String carrier, String number) {
  public SmsNumber {
    Objects.requireNonNull(carrier, "'carrier' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    if (carrier.isBlank() || number.isBlank()) {
      throw new IllegalArgumentException("SMS number needs a carrier and a number");
    }
  }
}
