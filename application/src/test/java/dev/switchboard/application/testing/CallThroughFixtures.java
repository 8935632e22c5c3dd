package dev.switchboard.application.testing;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.callthrough.TargetNumber;
import dev.switchboard.domain.phone.PhoneNumber;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test data for call-through: access numbers and reservations. */
public final class CallThroughFixtures {
  private static final SecureRandom RANDOM = new SecureRandom();

  private CallThroughFixtures() {}

  /** A random access number in a range of its own (+1 555 9…), so kept databases never collide. */
  public static AccessNumber anAccessNumber() {
    return AccessNumber.parse("+15559" + (100_000 + RANDOM.nextInt(900_000)));
  }

  public static Reservation aReservation(AccessNumber a, List<PhoneNumber> callers, Instant at,
      Duration window) {
    return new Reservation(UUID.randomUUID().toString(), a, callers, AccountFixtures.DEMO,
        new SipUsername("u" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36)),
        TargetNumber.parse("+4420" + (1_000_000 + RANDOM.nextInt(9_000_000))), at,
        at.plus(window));
  }
}
