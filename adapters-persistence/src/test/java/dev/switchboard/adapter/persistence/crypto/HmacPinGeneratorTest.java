package dev.switchboard.adapter.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.Pin;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacPinGeneratorTest {
  private static final PhoneNumber NUMBER = PhoneNumber.parseE164("+12025550123");
  private final HmacPinGenerator pins = new HmacPinGenerator(key(3));

  private static MasterKey key(int fill) {
    byte[] bytes = new byte[MasterKey.LENGTH];
    Arrays.fill(bytes, (byte) fill);
    return new MasterKey(bytes);
  }

  @Test
  void givenSameNumberAndSeed_derive_isDeterministic() {
    assertThat(pins.derive(NUMBER, "seed-1")).isEqualTo(pins.derive(NUMBER, "seed-1"));
    assertThat(new HmacPinGenerator(key(3)).derive(NUMBER, "seed-1"))
        .isEqualTo(pins.derive(NUMBER, "seed-1"));
  }

  @Test
  void givenDifferentSeeds_derive_givesDifferentPins() {
    Set<Pin> distinct = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      distinct.add(pins.derive(NUMBER, "seed-" + i));
    }

    assertThat(distinct).hasSizeGreaterThan(45);
    assertThat(pins.derive(NUMBER, "seed-a")).isNotEqualTo(pins.derive(NUMBER, "seed-b"));
  }

  @Test
  void givenAnotherNumberOrKey_derive_givesAnotherPin() {
    PhoneNumber other = PhoneNumber.parseE164("+12025550124");

    assertThat(pins.derive(other, "seed-1")).isNotEqualTo(pins.derive(NUMBER, "seed-1"));
    assertThat(new HmacPinGenerator(key(4)).derive(NUMBER, "seed-1"))
        .isNotEqualTo(pins.derive(NUMBER, "seed-1"));
  }

  @Test
  void givenKnownKey_derive_matchesHmacOfNumberAndSeedUnderThePinSubkey() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    byte[] pinKey = KeyDerivation.expand(key(3), KeyDerivation.PIN_LABEL);
    mac.init(new SecretKeySpec(pinKey, "HmacSHA256"));
    byte[] out = mac.doFinal("+12025550123|seed-1".getBytes(StandardCharsets.UTF_8));
    long n = ByteBuffer.wrap(out).getLong() & Long.MAX_VALUE;

    assertThat(pins.derive(NUMBER, "seed-1")).isEqualTo(Pin.fromNumber(n));
  }
}
