package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.domain.error.DomainException;
import java.util.Locale;

/** The {@code outcome} tag of a failed call: the error code, or the kind of failure. */
final class Outcomes {
  private Outcomes() {}

  static String of(RuntimeException e) {
    if (e instanceof DomainException domain) {
      return domain.code().name().toLowerCase(Locale.ROOT);
    }
    if (e instanceof SmsDeliveryException) {
      return "sms_refused";
    }
    if (e instanceof IllegalArgumentException) {
      return "invalid";
    }
    return "error";
  }
}
