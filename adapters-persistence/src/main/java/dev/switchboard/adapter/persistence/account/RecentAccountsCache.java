package dev.switchboard.adapter.persistence.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.switchboard.application.port.out.account.RecentAccounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RecentAccounts} in a bounded Caffeine cache: an entry lives {@code maxAge} after it was
 * read from storage, and the least recently used go first beyond {@code maxEntries}.
 */
public final class RecentAccountsCache implements RecentAccounts {
  private final Cache<SipUsername, Account> cache;

  public RecentAccountsCache(Duration maxAge, long maxEntries) {
    this(maxAge, maxEntries, Ticker.systemTicker());
  }

  RecentAccountsCache(Duration maxAge, long maxEntries, Ticker ticker) {
    Objects.requireNonNull(maxAge, "'maxAge' must not be null");
    if (maxAge.isNegative() || maxAge.isZero() || maxEntries < 1) {
      throw new IllegalArgumentException("A recent-accounts cache needs a positive age and size; "
          + "use RecentAccounts.none() to keep nothing");
    }
    this.cache = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(maxEntries)
        .ticker(ticker).build();
  }

  @Override
  public Optional<Account> recent(SipUsername username) {
    return Optional.ofNullable(cache.getIfPresent(username));
  }

  @Override
  public void remember(Account account) {
    cache.put(account.username(), account);
  }

  @Override
  public void forget(SipUsername username) {
    cache.invalidate(username);
  }

  /** How many accounts are kept (after pending evictions, see {@link #cleanUp()}). */
  long size() {
    return cache.estimatedSize();
  }

  /** Runs pending evictions now. */
  void cleanUp() {
    cache.cleanUp();
  }
}
