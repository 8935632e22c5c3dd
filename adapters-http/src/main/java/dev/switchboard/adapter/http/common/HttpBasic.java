package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** HTTP Basic credentials ({@code Authorization: Basic base64(username:password)}), strictly. */
public final class HttpBasic {
  /** The challenge of endpoints that accept HTTP Basic (RFC 7617). */
  public static final String CHALLENGE = "Basic realm=\"switchboard\", charset=\"UTF-8\"";
  private static final int MAX_ENCODED = 1024;
  private static final String MALFORMED =
      "The HTTP Basic credentials must be base64 of 'username:password' in UTF-8.";

  private HttpBasic() {}

  /** A username and password; {@link #toString()} never shows the password. */
  public record Credentials(String username, String password) {
    @Override
    public String toString() {
      return "Credentials[" + LogSafe.value(username) + ", ***]";
    }
  }

  /** The Basic credentials of {@code request}; empty when it sends none (or another scheme). */
  public static Optional<Credentials> of(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return Optional.empty();
    }
    String trimmed = header.strip();
    int space = trimmed.indexOf(' ');
    String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
    if (!scheme.equalsIgnoreCase("Basic")) {
      return Optional.empty();
    }
    String encoded = space < 0 ? "" : trimmed.substring(space + 1).strip();
    if (encoded.isEmpty() || encoded.length() > MAX_ENCODED) {
      throw WireException.badRequest(MALFORMED);
    }
    String decoded = utf8(encoded);
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.length() - 1
        || decoded.chars().anyMatch(Character::isISOControl)) {
      throw WireException.badRequest(MALFORMED);
    }
    return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  private static String utf8(String encoded) {
    try {
      byte[] bytes = Base64.getDecoder().decode(encoded);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw WireException.badRequest(MALFORMED);
    }
  }
}
