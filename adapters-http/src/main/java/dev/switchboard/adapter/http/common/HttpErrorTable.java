package dev.switchboard.adapter.http.common;

import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.domain.error.DomainException;
import dev.switchboard.domain.error.ErrorCode;
import dev.switchboard.domain.error.ThrottledException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.Optional;
import java.util.OptionalLong;

/** The HTTP error table: every failure a controller can raise, mapped to status and message. */
public final class HttpErrorTable {
  static final String SMS_DOWN = "We could not send the SMS right now. Please try again shortly.";
  static final String INTERNAL = "Something went wrong on our side. Please try again later.";
  /** The challenge of Switchboard's bearer-token API (RFC 6750). */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"switchboard\"";
  private static final String INVALID_TOKEN_CHALLENGE =
      BEARER_CHALLENGE + ", error=\"invalid_token\"";

  private HttpErrorTable() {}

  /** Maps a failure; anything not listed is an internal error with a generic message. */
  public static HttpError map(Throwable failure) {
    if (failure instanceof WireException wire) {
      return new HttpError(wire.status(), wire.getMessage(), OptionalLong.empty(),
          wire.challenge());
    }
    if (failure instanceof IllegalArgumentException) {
      return new HttpError(HttpStatus.BAD_REQUEST, failure.getMessage());
    }
    if (failure instanceof DomainException domain) {
      return domain(domain);
    }
    if (failure instanceof HttpStatusException status) {
      return new HttpError(status.getStatus(), forStatus(status.getStatus(), null));
    }
    if (failure instanceof SmsDeliveryException) {
      return new HttpError(HttpStatus.SERVICE_UNAVAILABLE, SMS_DOWN);
    }
    if (failure instanceof UnavailableException unavailable) {
      return new HttpError(HttpStatus.SERVICE_UNAVAILABLE, unavailable.userMessage());
    }
    return new HttpError(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL);
  }

  /** The sentence for a status the framework raised, where no better message is known. */
  public static String forStatus(HttpStatus status, String allowedMethods) {
    return switch (status) {
      case BAD_REQUEST -> "The request could not be read.";
      case UNAUTHORIZED -> "Authentication is required.";
      case FORBIDDEN -> "Access is denied.";
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> allowedMethods == null ? "This method is not allowed here."
          : "This address accepts " + allowedMethods + " only.";
      case NOT_ACCEPTABLE -> "This address cannot answer in the requested format.";
      case REQUEST_ENTITY_TOO_LARGE -> "The request is too large.";
      case UNSUPPORTED_MEDIA_TYPE -> ParameterReader.UNSUPPORTED;
      default -> status.getCode() >= 500 ? INTERNAL : status.getReason();
    };
  }

  private static HttpError domain(DomainException e) {
    HttpStatus status = switch (e.code()) {
      case UNKNOWN_CLOUD_ID -> HttpStatus.BAD_REQUEST;
      case WRONG_CREDENTIALS, PIN_EXPIRED -> HttpStatus.FORBIDDEN;
      case TOO_MANY_ATTEMPTS, THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
      case ACCOUNT_NOT_FOUND -> HttpStatus.NOT_FOUND;
      case INVALID_TOKEN -> HttpStatus.UNAUTHORIZED;
      case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
      case NOT_ENOUGH_CREDIT, DESTINATION_NOT_ALLOWED -> HttpStatus.FORBIDDEN;
      case CALL_NOT_FOUND -> HttpStatus.NOT_FOUND;
      case ACCESS_NUMBERS_EXHAUSTED -> HttpStatus.TOO_MANY_REQUESTS;
      case NO_DIAL_RULE -> HttpStatus.FORBIDDEN;
    };
    OptionalLong retryAfter = e instanceof ThrottledException throttled
        ? OptionalLong.of(throttled.retryAfterSeconds())
        : OptionalLong.empty();
    Optional<String> challenge = e.code() == ErrorCode.INVALID_TOKEN
        ? Optional.of(INVALID_TOKEN_CHALLENGE)
        : Optional.empty();
    return new HttpError(status, e.getMessage(), retryAfter, challenge);
  }
}
