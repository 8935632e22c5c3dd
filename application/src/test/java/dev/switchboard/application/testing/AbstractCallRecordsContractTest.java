package dev.switchboard.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallbackCall;
import dev.switchboard.domain.call.DialableNumber;
import dev.switchboard.domain.call.LegRole;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link CallRecords}: what is saved is read back, field by field. */
public abstract class AbstractCallRecordsContractTest {
  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  protected abstract CallRecords records();

  private static CallbackCall aCall() {
    return CallbackCall.placing(CallId.generate(new SecureRandom()), new SipUsername("johndow"),
        LegRole.DESTINATION, DialableNumber.parse("+15551231234"), DialableNumber.parse("98765"), T0);
  }

  @Test
  void givenPlacingCall_find_readsItBack() {
    CallbackCall call = aCall();
    records().save(call);

    assertThat(records().find(call.id())).contains(call);
  }

  @Test
  void givenEndedCall_save_replacesTheRecordWithEveryLegDetail() {
    CallbackCall call = aCall();
    records().save(call);
    CallbackCall done = call
        .withLeg(call.destination().trying("a@h", T0.plusMillis(1)).ringing(T0.plusMillis(2))
            .answered(T0.plusMillis(3)).ended("hung up", T0.plusSeconds(70)))
        .withLeg(call.callback().trying("b@h", T0.plusMillis(4)).answered(T0.plusMillis(5))
            .ended("hung up", T0.plusSeconds(70)))
        .bridged(T0.plusSeconds(10))
        .ended("destination party hung up", T0.plusSeconds(70), new BigDecimal("0.6000"));
    records().save(done);

    CallbackCall read = records().find(call.id()).orElseThrow();
    assertThat(read).isEqualTo(done);
    assertThat(read.bridgedDuration(T0)).hasSeconds(60);
  }

  @Test
  void givenUnknownId_find_isEmpty() {
    assertThat(records().find(CallId.generate(new SecureRandom()))).isEmpty();
  }
}
