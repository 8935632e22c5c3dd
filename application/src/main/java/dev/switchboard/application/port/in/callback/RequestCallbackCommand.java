package dev.switchboard.application.port.in.callback;

import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.domain.call.DialableNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * Command: call {@code targetNumber} and the user's callback number (given, or the account's
 * {@code callbackNumber} key, or its verified number), then connect them.
 */
public record RequestCallbackCommand(AppUserCredentials credentials, DialableNumber targetNumber,
    Optional<DialableNumber> callbackNumber) {
  public RequestCallbackCommand {
    Objects.requireNonNull(credentials, "'credentials' must not be null");
    Objects.requireNonNull(targetNumber, "'targetNumber' must not be null");
    Objects.requireNonNull(callbackNumber, "'callbackNumber' must not be null");
  }

  /** Reads the numbers as the app sent them ({@link DialableNumber#parse}). */
  public static RequestCallbackCommand of(AppUserCredentials credentials, String targetNumber,
      Optional<String> callbackNumber) {
    return new RequestCallbackCommand(credentials, DialableNumber.parse(targetNumber),
        callbackNumber.map(DialableNumber::parse));
  }
}
