package dev.switchboard.adapter.http.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that reads request parameters: the query string, plus a body that is
 * form-urlencoded (also when no content type is given), a JSON object or an XML document.
 */
@Singleton
public final class ParameterReader {
  static final String UNSUPPORTED = "Send the parameters as application/x-www-form-urlencoded, "
      + "application/json or application/xml.";
  private static final Set<HttpMethod> WITH_BODY =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
  private final BodyParameters bodies;
  private final int maxBodyBytes;

  public ParameterReader(ObjectMapper objectMapper, HardenedXml xml,
      @Value("${switchboard.http.max-body-bytes:65536}") int maxBodyBytes) {
    this.bodies = new BodyParameters(objectMapper, xml);
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Reads every parameter of {@code request}; blocks while the body arrives. */
  public RequestParameters read(HttpRequest<?> request) {
    RequestParameters.Builder builder = RequestParameters.builder();
    builder.addAll(FormCodec.decode(request.getUri().getRawQuery(), StandardCharsets.UTF_8));
    if (WITH_BODY.contains(request.getMethod())) {
      byte[] body = BodyReader.read(request, maxBodyBytes);
      if (body.length > 0) {
        Optional<MediaType> type = request.getContentType();
        WireFormat format = type.isEmpty() ? WireFormat.FORM : WireFormat.of(type.get())
            .orElseThrow(() -> new WireException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED));
        builder.addAll(bodies.parse(format, charset(type), body));
      }
    }
    return builder.build();
  }

  private static Charset charset(Optional<MediaType> type) {
    try {
      return type.flatMap(MediaType::getCharset).orElse(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw WireException.badRequest("The charset of the request body is not supported.");
    }
  }
}
