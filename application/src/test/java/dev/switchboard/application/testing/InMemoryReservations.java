package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link Reservations}: one map of (caller, access number) slots, one lock. */
public final class InMemoryReservations implements Reservations {
  private final Map<String, Slot> slots = new HashMap<>();
  private final Map<PhoneNumber, AccessNumber> last = new HashMap<>();

  private record Slot(Reservation reservation, boolean used) {}

  private static String key(PhoneNumber caller, AccessNumber a) {
    return caller.e164() + "|" + a.e164();
  }

  @Override
  public synchronized Optional<AccessNumber> lastAccessNumber(PhoneNumber caller) {
    return Optional.ofNullable(last.get(caller));
  }

  @Override
  public synchronized boolean tryReserve(Reservation r) {
    for (PhoneNumber caller : r.callers()) {
      Slot slot = slots.get(key(caller, r.accessNumber()));
      if (slot != null && !slot.used() && slot.reservation().isActiveAt(r.reservedAt())) {
        return false;
      }
    }
    for (PhoneNumber caller : r.callers()) {
      slots.put(key(caller, r.accessNumber()), new Slot(r, false));
      last.put(caller, r.accessNumber());
    }
    return true;
  }

  @Override
  public synchronized Optional<Reservation> consume(PhoneNumber caller, AccessNumber a,
      Instant now) {
    Slot slot = slots.get(key(caller, a));
    if (slot == null || slot.used() || !slot.reservation().isActiveAt(now)) {
      return Optional.empty();
    }
    for (PhoneNumber each : slot.reservation().callers()) {
      slots.computeIfPresent(key(each, a), (k, s) -> s.reservation().id()
          .equals(slot.reservation().id()) ? new Slot(s.reservation(), true) : s);
    }
    return Optional.of(slot.reservation());
  }

  /** Housekeeping: deletes up to {@code limit} slots whose window ended before {@code before}. */
  public synchronized int deleteExpired(Instant before, int limit) {
    List<String> keys = slots.entrySet().stream()
        .filter(e -> e.getValue().reservation().expiresAt().isBefore(before)).limit(limit)
        .map(Map.Entry::getKey).toList();
    keys.forEach(slots::remove);
    last.keySet().removeIf(caller -> slots.keySet().stream()
        .noneMatch(k -> k.startsWith(caller.e164() + "|")));
    return keys.size();
  }
}
