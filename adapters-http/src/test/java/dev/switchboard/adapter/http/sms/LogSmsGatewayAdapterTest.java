package dev.switchboard.adapter.http.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.sms.SmsMessage;
import dev.switchboard.domain.phone.PhoneNumber;
import org.junit.jupiter.api.Test;

class LogSmsGatewayAdapterTest {
  private final LogSmsGatewayAdapter outbox = new LogSmsGatewayAdapter();

  @Test
  void givenSeveralMessages_lastTo_returnsTheNewestForThatNumber() {
    PhoneNumber a = PhoneNumber.parseE164("+12025550101");
    PhoneNumber b = PhoneNumber.parseE164("+12025550102");
    outbox.send(new SmsMessage(a, "first 111111"));
    outbox.send(new SmsMessage(b, "other 222222"));
    outbox.send(new SmsMessage(a, "second 333333"));

    assertThat(outbox.lastTo(a).orElseThrow().text()).isEqualTo("second 333333");
    assertThat(outbox.lastTo(b).orElseThrow().text()).isEqualTo("other 222222");
    assertThat(outbox.lastTo(PhoneNumber.parseE164("+12025550103"))).isEmpty();
  }

  @Test
  void givenMoreThanTheLimit_send_forgetsTheOldest() {
    PhoneNumber first = PhoneNumber.parseE164("+12025550100");
    outbox.send(new SmsMessage(first, "old"));
    PhoneNumber other = PhoneNumber.parseE164("+12025550199");
    for (int i = 0; i < LogSmsGatewayAdapter.KEPT_MESSAGES; i++) {
      outbox.send(new SmsMessage(other, "n" + i));
    }

    assertThat(outbox.lastTo(first)).isEmpty();
    assertThat(outbox.lastTo(other).orElseThrow().text())
        .isEqualTo("n" + (LogSmsGatewayAdapter.KEPT_MESSAGES - 1));
  }

  @Test
  void givenAnOlderMessageForgotten_lastTo_stillReturnsTheNewerOneToTheSameNumber() {
    PhoneNumber a = PhoneNumber.parseE164("+12025550100");
    PhoneNumber other = PhoneNumber.parseE164("+12025550199");
    outbox.send(new SmsMessage(a, "old 111111"));
    outbox.send(new SmsMessage(a, "new 222222"));
    // Forgets exactly the oldest message ("old"); "new" is still among the kept ones.
    for (int i = 0; i < LogSmsGatewayAdapter.KEPT_MESSAGES - 1; i++) {
      outbox.send(new SmsMessage(other, "n" + i));
    }

    assertThat(outbox.lastTo(a).orElseThrow().text()).isEqualTo("new 222222");
    outbox.send(new SmsMessage(other, "one more"));
    assertThat(outbox.lastTo(a)).isEmpty();
  }
}
