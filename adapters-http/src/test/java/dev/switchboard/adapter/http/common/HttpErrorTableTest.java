package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.domain.error.AccountNotFoundException;
import dev.switchboard.domain.error.InvalidTokenException;
import dev.switchboard.domain.error.PinExpiredException;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.TooLargeException;
import dev.switchboard.domain.error.TooManyAttemptsException;
import dev.switchboard.domain.error.UnknownCloudIdException;
import dev.switchboard.domain.error.WrongCredentialsException;
import io.micronaut.http.HttpStatus;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpErrorTableTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(new IllegalArgumentException("bad"), HttpStatus.BAD_REQUEST, "bad"),
        Arguments.of(new UnknownCloudIdException("X"), HttpStatus.BAD_REQUEST,
            "Unknown Cloud ID 'X'."),
        Arguments.of(new WrongCredentialsException("no"), HttpStatus.FORBIDDEN, "no"),
        Arguments.of(new PinExpiredException("old"), HttpStatus.FORBIDDEN, "old"),
        Arguments.of(new TooManyAttemptsException("many"), HttpStatus.TOO_MANY_REQUESTS, "many"),
        Arguments.of(new AccountNotFoundException("u1"), HttpStatus.NOT_FOUND,
            "No account found for u1."),
        Arguments.of(new TooLargeException("big"), HttpStatus.REQUEST_ENTITY_TOO_LARGE, "big"),
        Arguments.of(new UnavailableException("Sign-in is down.", "HTTP 500 from provider"),
            HttpStatus.SERVICE_UNAVAILABLE, "Sign-in is down."),
        Arguments.of(new SmsDeliveryException("HTTP 500 from gateway"),
            HttpStatus.SERVICE_UNAVAILABLE,
            "We could not send the SMS right now. Please try again shortly."),
        Arguments.of(new IllegalStateException("internals"), HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Please try again later."),
        Arguments.of(new NullPointerException(), HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Please try again later."));
  }

  @ParameterizedTest
  @MethodSource("table")
  void givenFailure_map_givesStatusAndMessage(Exception failure, HttpStatus status,
      String message) {
    HttpError error = HttpErrorTable.map(failure);

    assertThat(error.status().getCode()).isEqualTo(status.getCode());
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.retryAfterSeconds().isPresent()).isFalse();
  }

  @Test
  void givenInvalidToken_map_is401WithBearerChallenge() {
    HttpError error = HttpErrorTable.map(new InvalidTokenException("Expired."));

    assertThat(error.status().getCode()).isEqualTo(401);
    assertThat(error.message()).isEqualTo("Expired.");
    assertThat(error.challenge())
        .hasValue("Bearer realm=\"switchboard\", error=\"invalid_token\"");
  }

  @Test
  void givenUnauthorizedWireException_map_keepsItsChallenge() {
    HttpError error = HttpErrorTable.map(WireException.unauthorized("Sign in.", "Basic x"));

    assertThat(error.status().getCode()).isEqualTo(401);
    assertThat(error.challenge()).hasValue("Basic x");
  }

  @Test
  void givenThrottled_map_is429WithRetryAfterRoundedUp() {
    HttpError error = HttpErrorTable.map(new ThrottledException("Wait.", Duration.ofMillis(1500)));

    assertThat(error.status().getCode()).isEqualTo(429);
    assertThat(error.retryAfterSeconds().getAsLong()).isEqualTo(2);
  }

  @Test
  void givenMessageWithControlAndBidiCharacters_error_showsThemAsQuestionMarks() {
    HttpError error = new HttpError(HttpStatus.BAD_REQUEST, "'a\u0000b\u202Ec'" + "x".repeat(400));

    assertThat(error.message()).startsWith("'a?b?c'").hasSizeLessThanOrEqualTo(301);
  }
}
