package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.port.out.sms.SmsMessage;
import dev.switchboard.domain.phone.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An {@link SmsGateway} that keeps what it was given; can be told to fail. */
public final class RecordingSmsGateway implements SmsGateway {
  private static final Pattern PIN = Pattern.compile("\\b([0-9]{6})\\b");
  private final List<SmsMessage> sent = new ArrayList<>();
  private volatile boolean failing;

  @Override
  public synchronized void send(SmsMessage message) {
    if (failing) {
      throw new SmsDeliveryException("gateway down (test)");
    }
    sent.add(message);
  }

  public void failing(boolean failing) {
    this.failing = failing;
  }

  public synchronized List<SmsMessage> sent() {
    return List.copyOf(sent);
  }

  /** The 6-digit code in the last message to {@code number}. */
  public synchronized Optional<String> lastPinFor(PhoneNumber number) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (sent.get(i).to().equals(number)) {
        Matcher m = PIN.matcher(sent.get(i).text());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
