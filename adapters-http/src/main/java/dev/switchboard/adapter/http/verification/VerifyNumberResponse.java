package dev.switchboard.adapter.http.verification;

import dev.switchboard.application.port.in.verification.PinSent;

/** Answer of {@code /verify_number}: a sentence for the user and when the code expires. */
public record VerifyNumberResponse(String message, String expiresAt) {

  static VerifyNumberResponse of(PinSent sent) {
    return new VerifyNumberResponse("A verification code was sent.", sent.expiresAt().toString());
  }
}
