package dev.switchboard.application.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.CallThroughFixtures.aReservation;
import static dev.switchboard.application.testing.CallThroughFixtures.anAccessNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link Reservations}: atomic claims and single consumption. */
public abstract class AbstractReservationsContractTest {
  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  protected abstract Reservations reservations();

  @Test
  void reserved_isConsumedOnceInsideTheWindow() {
    PhoneNumber x = aNumber();
    AccessNumber a = anAccessNumber();
    Reservation r = aReservation(a, List.of(x), T0, WINDOW);

    assertThat(reservations().tryReserve(r)).isTrue();

    Optional<Reservation> first = reservations().consume(x, a, T0.plusSeconds(59));
    assertThat(first).contains(r);
    assertThat(reservations().consume(x, a, T0.plusSeconds(59))).isEmpty();
  }

  @Test
  void afterTheWindow_nothingIsConsumed() {
    PhoneNumber x = aNumber();
    AccessNumber a = anAccessNumber();
    reservations().tryReserve(aReservation(a, List.of(x), T0, WINDOW));

    assertThat(reservations().consume(x, a, T0.plus(WINDOW))).isEmpty();
  }

  @Test
  void otherCallerOrOtherAccessNumber_doesNotMatch() {
    PhoneNumber x = aNumber();
    AccessNumber a = anAccessNumber();
    reservations().tryReserve(aReservation(a, List.of(x), T0, WINDOW));

    assertThat(reservations().consume(aNumber(), a, T0.plusSeconds(1))).isEmpty();
    assertThat(reservations().consume(x, anAccessNumber(), T0.plusSeconds(1))).isEmpty();
    assertThat(reservations().consume(x, a, T0.plusSeconds(1))).isPresent();
  }

  @Test
  void pendingPair_cannotBeReservedAgain_untilUsedOrExpired() {
    PhoneNumber x = aNumber();
    AccessNumber a = anAccessNumber();
    assertThat(reservations().tryReserve(aReservation(a, List.of(x), T0, WINDOW))).isTrue();

    assertThat(reservations().tryReserve(aReservation(a, List.of(x), T0.plusSeconds(1), WINDOW)))
        .isFalse();
    assertThat(reservations().tryReserve(aReservation(a, List.of(aNumber()), T0, WINDOW)))
        .as("another caller may use the same access number").isTrue();
    Reservation later = aReservation(a, List.of(x), T0.plus(WINDOW), WINDOW);
    assertThat(reservations().tryReserve(later)).as("expired slot is reused").isTrue();
    assertThat(reservations().consume(x, a, T0.plus(WINDOW).plusSeconds(1))).contains(later);
    assertThat(reservations().tryReserve(aReservation(a, List.of(x), T0.plus(WINDOW), WINDOW)))
        .as("used slot is reused").isTrue();
  }

  @Test
  void accountWithTwoNumbers_isMatchedFromEither_andConsumedOnce() {
    PhoneNumber x1 = aNumber();
    PhoneNumber x2 = aNumber();
    AccessNumber a = anAccessNumber();
    Reservation r = aReservation(a, List.of(x1, x2), T0, WINDOW);
    assertThat(reservations().tryReserve(r)).isTrue();

    assertThat(reservations().consume(x2, a, T0.plusSeconds(1))).contains(r);
    assertThat(reservations().consume(x1, a, T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void lastAccessNumber_isTheMostRecentOne() {
    PhoneNumber x = aNumber();
    AccessNumber a = anAccessNumber();
    AccessNumber b = anAccessNumber();
    assertThat(reservations().lastAccessNumber(x)).isEmpty();

    reservations().tryReserve(aReservation(a, List.of(x), T0, WINDOW));
    reservations().tryReserve(aReservation(b, List.of(x), T0.plusSeconds(1), WINDOW));

    assertThat(reservations().lastAccessNumber(x)).contains(b);
  }

  @Test
  void concurrentClaimsOfOnePair_storeExactlyOne() throws Exception {
    PhoneNumber x = aNumber();
    AccessNumber a = anAccessNumber();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<Boolean> claim = () -> {
          start.await();
          return reservations().tryReserve(aReservation(a, List.of(x), T0, WINDOW));
        };
        results.add(pool.submit(claim));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentConsumers_getItOnce() throws Exception {
    PhoneNumber x = aNumber();
    AccessNumber a = anAccessNumber();
    reservations().tryReserve(aReservation(a, List.of(x), T0, WINDOW));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return reservations().consume(x, a, T0.plusSeconds(1)).isPresent();
        }));
      }
      start.countDown();
      int got = 0;
      for (Future<Boolean> f : results) {
        got += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(got).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
