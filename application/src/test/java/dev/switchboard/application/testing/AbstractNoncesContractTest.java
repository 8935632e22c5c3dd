package dev.switchboard.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.domain.account.SipUsername;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link Nonces}: once per window, atomically. */
public abstract class AbstractNoncesContractTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private static final Duration WINDOW = Duration.ofMinutes(10);

  protected abstract Nonces nonces();

  private static SipUsername aUser() {
    return new SipUsername("n" + UUID.randomUUID().toString().replace("-", ""));
  }

  @Test
  void givenFreshNonce_useOnce_acceptsItThenRefusesTheReplay() {
    SipUsername user = aUser();

    assertThat(nonces().useOnce(user, "abc123", NOW, NOW.plus(WINDOW))).isTrue();
    assertThat(nonces().useOnce(user, "abc123", NOW.plusSeconds(5), NOW.plus(WINDOW))).isFalse();
  }

  @Test
  void givenSameNonce_useOnce_isSeparatePerUser() {
    assertThat(nonces().useOnce(aUser(), "shared", NOW, NOW.plus(WINDOW))).isTrue();
    assertThat(nonces().useOnce(aUser(), "shared", NOW, NOW.plus(WINDOW))).isTrue();
  }

  @Test
  void givenExpiredUse_useOnce_acceptsAgainAndPurgeForgetsIt() {
    SipUsername user = aUser();
    nonces().useOnce(user, "old", NOW, NOW.plus(WINDOW));

    Instant later = NOW.plus(WINDOW).plusSeconds(1);
    assertThat(nonces().useOnce(user, "old", later, later.plus(WINDOW))).isTrue();
    assertThat(nonces().purgeExpired(later.plus(WINDOW).plusSeconds(1))).isGreaterThanOrEqualTo(1);
  }

  @Test
  void givenConcurrentUses_useOnce_acceptsExactlyOne() throws Exception {
    SipUsername user = aUser();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tries.add(() -> nonces().useOnce(user, "race", NOW, NOW.plus(WINDOW)));
      }
      int accepted = 0;
      for (Future<Boolean> f : pool.invokeAll(tries, 30, TimeUnit.SECONDS)) {
        accepted += f.get() ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
