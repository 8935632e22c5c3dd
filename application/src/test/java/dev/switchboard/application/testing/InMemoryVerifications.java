package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.PinVerification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link Verifications} with the same optimistic versioning as the real store. */
public final class InMemoryVerifications implements Verifications {
  private final ConcurrentHashMap<PhoneNumber, PinVerification> store = new ConcurrentHashMap<>();

  @Override
  public Optional<PinVerification> find(PhoneNumber number) {
    return Optional.ofNullable(store.get(number));
  }

  @Override
  public boolean save(PinVerification next) {
    if (next.version() == 1) {
      return store.putIfAbsent(next.number(), next) == null;
    }
    boolean[] saved = {false};
    store.computeIfPresent(next.number(), (n, current) -> {
      if (current.version() == next.version() - 1) {
        saved[0] = true;
        return next;
      }
      return current;
    });
    return saved[0];
  }

  /** Housekeeping: deletes up to {@code limit} expired rows whose SMS day started before. */
  public synchronized int deleteExpired(Instant expiredBefore, Instant dayStartedBefore,
      int limit) {
    List<PhoneNumber> numbers = store.values().stream()
        .filter(v -> v.expiresAt().isBefore(expiredBefore)
            && v.dayStart().isBefore(dayStartedBefore))
        .limit(limit).map(PinVerification::number).toList();
    numbers.forEach(store::remove);
    return numbers.size();
  }
}
