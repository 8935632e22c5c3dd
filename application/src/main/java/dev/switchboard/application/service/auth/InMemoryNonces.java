package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.domain.account.SipUsername;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spent nonces held in this process (one instance only, forgotten on restart). Bounded: when
 * full, expired uses are purged; if it is still full, the new nonce is refused (fail closed).
 */
public final class InMemoryNonces implements Nonces {
  private final Map<String, Instant> used = new HashMap<>();
  private final int maxEntries;

  public InMemoryNonces(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  @Override
  public synchronized boolean useOnce(SipUsername username, String nonce, Instant now,
      Instant expiresAt) {
    String key = username.value() + "\u0000" + nonce;
    Instant until = used.get(key);
    if (until != null && until.isAfter(now)) {
      return false;
    }
    if (until == null && used.size() >= maxEntries && purgeExpired(now) == 0) {
      return false;
    }
    used.put(key, expiresAt);
    return true;
  }

  @Override
  public synchronized int purgeExpired(Instant now) {
    int before = used.size();
    used.values().removeIf(until -> !until.isAfter(now));
    return before - used.size();
  }

  /** Forgets up to {@code limit} uses whose window ended before {@code before}; how many. */
  public synchronized int purgeExpiredBefore(Instant before, int limit) {
    int purged = 0;
    for (var it = used.values().iterator(); it.hasNext() && purged < limit; ) {
      if (it.next().isBefore(before)) {
        it.remove();
        purged++;
      }
    }
    return purged;
  }
}
