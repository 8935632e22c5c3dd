package dev.switchboard.adapter.persistence.account;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.AccountFixtures.aVerifiedAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.switchboard.domain.account.Account;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentAccountsCacheTest {
  final AtomicLong nanos = new AtomicLong();
  final Ticker ticker = nanos::get;
  final RecentAccountsCache cache = new RecentAccountsCache(Duration.ofSeconds(2), 100, ticker);

  @Test
  void remembered_isRecentUntilItsAgeRunsOut() {
    Account account = aVerifiedAccount(aNumber(), "s");
    cache.remember(account);

    nanos.addAndGet(Duration.ofMillis(1999).toNanos());
    assertThat(cache.recent(account.username())).containsSame(account);
    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(cache.recent(account.username())).isEmpty();
  }

  @Test
  void forgotten_isGoneAtOnce() {
    Account account = aVerifiedAccount(aNumber(), "s");
    cache.remember(account);
    cache.forget(account.username());

    assertThat(cache.recent(account.username())).isEmpty();
  }

  @Test
  void rememberingAgain_restartsTheAge() {
    Account account = aVerifiedAccount(aNumber(), "s");
    cache.remember(account);
    nanos.addAndGet(Duration.ofMillis(1500).toNanos());
    cache.remember(account);
    nanos.addAndGet(Duration.ofMillis(1500).toNanos());

    assertThat(cache.recent(account.username())).isPresent();
  }

  @Test
  void sizeIsBounded() {
    RecentAccountsCache small = new RecentAccountsCache(Duration.ofMinutes(1), 10, ticker);
    for (int i = 0; i < 1000; i++) {
      small.remember(aVerifiedAccount(aNumber(), "s"));
    }
    small.cleanUp();

    assertThat(small.size()).isLessThanOrEqualTo(10);
  }

  @Test
  void zeroAgeOrSize_isRefused() {
    assertThatThrownBy(() -> new RecentAccountsCache(Duration.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecentAccountsCache(Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
