package dev.switchboard.adapter.http.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Renders bodies in the negotiated wire format: XML (default), JSON or form-urlencoded. */
@Singleton
public final class WireWriter {
  private final ObjectMapper json;
  private final HardenedXml xml;

  public WireWriter(ObjectMapper json, HardenedXml xml) {
    this.json = json;
    this.xml = xml;
  }

  /** 200 with {@code body} (a record) as {@code <response>…</response>} or its equivalent. */
  public MutableHttpResponse<String> ok(HttpRequest<?> request, Object body) {
    WireFormat format = WireFormat.negotiate(request, WireFormat.XML);
    return render(HttpStatus.OK, format, "response", json.valueToTree(body));
  }

  /**
   * 200 with a body built for the negotiated format (XML by default), for answers whose XML
   * shape differs from their JSON shape (e.g. a list as repeated elements).
   */
  public MutableHttpResponse<String> ok(HttpRequest<?> request, Function<WireFormat, ?> body) {
    WireFormat format = WireFormat.negotiate(request, WireFormat.XML);
    return render(HttpStatus.OK, format, "response", json.valueToTree(body.apply(format)));
  }

  /** 200 with {@code body} in the negotiated format, {@code fallback} when none is asked for. */
  public MutableHttpResponse<String> ok(HttpRequest<?> request, Object body, WireFormat fallback) {
    WireFormat format = WireFormat.negotiate(request, fallback);
    return render(HttpStatus.OK, format, "response", json.valueToTree(body));
  }

  /**
   * An app-service error ({@code <response><message>…}) in the negotiated format,
   * {@code fallback} when none is asked for: for services whose default format is configured.
   */
  public MutableHttpResponse<String> error(HttpRequest<?> request, HttpError error,
      WireFormat fallback) {
    MutableHttpResponse<?> response = HttpResponse.status(error.status());
    error.retryAfterSeconds()
        .ifPresent(s -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(s)));
    return fill(response, WireFormat.negotiate(request, fallback), "response",
        json.createObjectNode().put("message", error.message()));
  }

  /** {@code body} (a record) as {@code application/json}: Switchboard's own JSON API. */
  public MutableHttpResponse<String> json(HttpStatus status, Object body) {
    try {
      return headed(HttpResponse.<String>status(status).body(json.writeValueAsString(body))
          .contentType(WireFormat.JSON.mediaType()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON body streamed once into a byte array (no tree): for large, hot answers. */
  public MutableHttpResponse<byte[]> json(HttpStatus status, JsonBody body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
      body.writeTo(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return headed(HttpResponse.<byte[]>status(status).body(out.toByteArray())
        .contentType(WireFormat.JSON.mediaType()));
  }

  /** An error in the shape its path calls for. */
  public MutableHttpResponse<String> error(HttpRequest<?> request, HttpError error) {
    return error(request, error, HttpResponse.status(error.status()));
  }

  /** Fills {@code response} (keeping its status and headers) with the error body. */
  public MutableHttpResponse<String> error(
      HttpRequest<?> request, HttpError error, MutableHttpResponse<?> response) {
    ObjectNode body = json.createObjectNode().put("message", error.message());
    error.retryAfterSeconds()
        .ifPresent(s -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(s)));
    error.challenge().ifPresent(c -> response.header(HttpHeaders.WWW_AUTHENTICATE, c));
    return switch (ErrorShape.of(request)) {
      case PROVISIONING -> fill(response, WireFormat.XML, "error", body);
      case ADMIN, API -> fill(response, WireFormat.JSON, "error", body);
      case OAUTH -> fill(response, WireFormat.JSON, "error",
          body.put("error", ErrorShape.oauthCode(error.status().getCode())));
      case SERVICE ->
          fill(response, WireFormat.negotiate(request, WireFormat.XML), "response", body);
    };
  }

  /** {@code content} as the children of a {@code root} element, {@code application/xml}. */
  public MutableHttpResponse<String> xml(HttpStatus status, String root, ObjectNode content) {
    return render(status, WireFormat.XML, root, content);
  }

  /**
   * {@code content} under {@code root} in a format the caller chose (for services whose answer
   * format also follows the request body's format, e.g. web callback).
   */
  public MutableHttpResponse<String> write(
      HttpStatus status, WireFormat format, String root, ObjectNode content) {
    return render(status, format, root, content);
  }

  /** A tree node for building bodies by hand. */
  public ObjectNode node() {
    return json.createObjectNode();
  }

  private MutableHttpResponse<String> render(
      HttpStatus status, WireFormat format, String root, ObjectNode content) {
    return fill(HttpResponse.status(status), format, root, content);
  }

  private MutableHttpResponse<String> fill(
      MutableHttpResponse<?> response, WireFormat format, String root, ObjectNode content) {
    String text = switch (format) {
      case XML -> xml.write(root, content);
      case JSON -> toJson(content);
      case FORM -> FormCodec.encode(flat(content));
    };
    return headed(response.body(text).contentType(format.mediaType()));
  }

  /** The headers every answer carries: the date (formatted once a second) and nosniff. */
  private static <T> MutableHttpResponse<T> headed(MutableHttpResponse<T> response) {
    return response.header(HttpHeaders.DATE, HttpDates.now())
        .header("X-Content-Type-Options", "nosniff");
  }

  private String toJson(ObjectNode content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> flat(ObjectNode content) {
    Map<String, String> fields = new LinkedHashMap<>();
    content.fields().forEachRemaining(f -> {
      if (f.getValue().isValueNode() && !f.getValue().isNull()) {
        fields.put(f.getKey(), f.getValue().asText());
      }
    });
    return fields;
  }
}
