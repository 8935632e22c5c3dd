package dev.switchboard.application.port.in.callthrough;

import java.util.List;
import java.util.Objects;

/**
 * Command: a call arrived at {@code calledNumber} from the identities in {@code callerIds}
 * (From, P-Asserted-Identity…), as the signalling wrote them ({@code +12025550123},
 * {@code 12025550123}, {@code 0012025550123}).
 */
public record RouteInboundCallCommand(String calledNumber, List<String> callerIds) {
  public RouteInboundCallCommand {
    Objects.requireNonNull(calledNumber, "'calledNumber' must not be null");
    callerIds = List.copyOf(callerIds);
  }
}
