package dev.switchboard.adapter.http.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.http.common.WireFormat;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.phone.PhoneNumber;
import java.util.List;

/**
 * Answer of {@code /ext_auth}: every verified number (E.164) and the SIP URI. JSON
 * {@code {"phoneNumbers":[…],"sipUri":"…"}}; XML wraps each number in {@code <phoneNumber>}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExtAuthResponse(List<String> phoneNumbers, String sipUri) {

  static ExtAuthResponse of(Principal principal) {
    return new ExtAuthResponse(principal.numbers().stream().map(PhoneNumber::e164).toList(),
        principal.sipUri().value());
  }

  /** The body in {@code format}. */
  Object in(WireFormat format) {
    return switch (format) {
      case JSON -> this;
      case XML -> new Xml(new XmlNumbers(phoneNumbers), sipUri);
      case FORM -> new Form(String.join(",", phoneNumbers), sipUri);
    };
  }

  /** {@code <phoneNumbers><phoneNumber>…</phoneNumber>…</phoneNumbers><sipUri>…</sipUri>}. */
  public record Xml(XmlNumbers phoneNumbers, String sipUri) {}

  /** The repeated {@code <phoneNumber>} elements. */
  public record XmlNumbers(List<String> phoneNumber) {}

  /** {@code phoneNumbers=+1…,+1…&sipUri=…}. */
  public record Form(String phoneNumbers, String sipUri) {}
}
