package dev.switchboard.adapter.http.sms;

import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.port.out.sms.SmsMessage;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  /** The last {@link #KEPT_MESSAGES} messages, oldest first. */
  private final Deque<SentSms> recent = new ArrayDeque<>();
  /** The newest of {@link #recent} per number: {@link #lastTo} without a scan. */
  private final Map<PhoneNumber, SentSms> newest = new HashMap<>();
  private final Clock clock = Clock.systemUTC();

  @Override
  public void send(SmsMessage message) {
    // The ONE place in Switchboard where an SMS text, and so a PIN, is logged: this adapter
    // exists for development, where the log replaces the phone.
    if (LOG.isInfoEnabled()) {
      LOG.info("SMS to {}: {}", message.to(), CONTROL.matcher(message.text()).replaceAll(" "));
    }
    SentSms sent = new SentSms(message.to(), message.text(), clock.instant());
    synchronized (recent) {
      recent.addLast(sent);
      newest.put(sent.to(), sent);
      while (recent.size() > KEPT_MESSAGES) {
        SentSms forgotten = recent.removeFirst();
        if (newest.get(forgotten.to()) == forgotten) { // no newer message to that number
          newest.remove(forgotten.to());
        }
      }
    }
  }

  /** The last message "sent" to {@code number}, if it is still kept. */
  public Optional<SentSms> lastTo(PhoneNumber number) {
    synchronized (recent) {
      return Optional.ofNullable(newest.get(number));
    }
  }
}
