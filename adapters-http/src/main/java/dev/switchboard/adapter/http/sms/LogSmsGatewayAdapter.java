package dev.switchboard.adapter.http.sms;

import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.port.out.sms.SmsMessage;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development SMS gateway: writes each message to the log instead of sending it, and keeps the
 * most recent ones in memory for the development endpoint {@code /admin/dev/sms}.
 */
@Singleton
@Requires(property = "switchboard.sms.adapter", value = "log", defaultValue = "log")
public final class LogSmsGatewayAdapter implements SmsGateway {
  static final int KEPT_MESSAGES = 1_000;
  private static final Logger LOG = LoggerFactory.getLogger(LogSmsGatewayAdapter.class);
  private final Deque<SentSms> recent = new ArrayDeque<>();
  private final Clock clock = Clock.systemUTC();

  @Override
  public void send(SmsMessage message) {
    // The ONE place in Switchboard where an SMS text, and so a PIN, is logged: this adapter
    // exists for development, where the log replaces the phone.
    LOG.info("SMS to {}: {}", message.to(), message.text().replaceAll("\\p{Cntrl}", " "));
    synchronized (recent) {
      recent.addLast(new SentSms(message.to(), message.text(), clock.instant()));
      while (recent.size() > KEPT_MESSAGES) {
        recent.removeFirst();
      }
    }
  }

  /** The last message "sent" to {@code number}, if it is still kept. */
  public Optional<SentSms> lastTo(PhoneNumber number) {
    synchronized (recent) {
      for (Iterator<SentSms> it = recent.descendingIterator(); it.hasNext(); ) {
        SentSms sms = it.next();
        if (sms.to().equals(number)) {
          return Optional.of(sms);
        }
      }
    }
    return Optional.empty();
  }
}
