package dev.switchboard.application.service.callthrough;

import dev.switchboard.application.port.in.callthrough.CallRoute;
import dev.switchboard.application.port.in.callthrough.RouteInboundCallCommand;
import dev.switchboard.application.port.in.callthrough.RouteInboundCallUseCase;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Matches a call to an access number with the caller's pending reservation, and consumes it. */
public final class RouteInboundCallService implements RouteInboundCallUseCase {
  private static final int MAX_IDENTITIES = 4;
  private final Reservations reservations;
  private final Clock clock;

  public RouteInboundCallService(Reservations reservations, Clock clock) {
    this.reservations = reservations;
    this.clock = clock;
  }

  @Override
  public CallRoute route(RouteInboundCallCommand command) {
    Optional<PhoneNumber> called = CallerNumbers.read(command.calledNumber());
    Set<PhoneNumber> callers = new LinkedHashSet<>();
    command.callerIds().stream().limit(MAX_IDENTITIES)
        .forEach(id -> CallerNumbers.read(id).ifPresent(callers::add));
    if (called.isEmpty() || callers.isEmpty()) {
      return new CallRoute.Refused(CallRoute.Reason.UNREADABLE_NUMBERS);
    }
    AccessNumber accessNumber = AccessNumber.parse(called.get().e164());
    for (PhoneNumber caller : callers) {
      Optional<Reservation> taken = reservations.consume(caller, accessNumber, clock.instant());
      if (taken.isPresent()) {
        return new CallRoute.Routed(taken.get());
      }
    }
    return new CallRoute.Refused(CallRoute.Reason.NO_RESERVATION);
  }
}
