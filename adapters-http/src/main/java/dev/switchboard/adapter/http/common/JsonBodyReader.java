package dev.switchboard.adapter.http.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a JSON request body as a stream, bounded: the caller walks it with a parser (and may read
 * one element at a time as a tree), so memory follows the element, not the whole body.
 */
@Singleton
public final class JsonBodyReader {
  static final String JSON_ONLY = "Send the body as application/json (UTF-8).";
  private final ObjectMapper mapper;

  public JsonBodyReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** What to do with the parser, positioned before the first token. */
  @FunctionalInterface
  public interface Walk<T> {
    T walk(JsonParser parser, ObjectMapper mapper) throws IOException;
  }

  /** Runs {@code walk} over the body (at most {@code maxBytes}); refuses trailing content. */
  public <T> T read(HttpRequest<?> request, int maxBytes, Walk<T> walk) {
    requireJson(request.getContentType());
    try (InputStream in = BodyReader.open(request, maxBytes);
        JsonParser parser = mapper.getFactory().createParser(in)) {
      parser.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
      T result = walk.walk(parser, mapper);
      if (parser.nextToken() != null) {
        throw WireException.badRequest("The JSON body has content after its end.");
      }
      return result;
    } catch (JsonProcessingException e) {
      throw wireCause(e).orElseGet(() -> malformed(e));
    } catch (IOException | RuntimeException e) {
      throw wireCause(e).orElseThrow(() -> e instanceof RuntimeException r ? r
          : WireException.badRequest("The request body could not be read."));
    }
  }

  /** The next token must be {@code expected}; else 400 naming {@code what}. */
  public static void expect(JsonParser parser, JsonToken expected, String what)
      throws IOException {
    JsonToken token = parser.nextToken();
    if (token != expected) {
      throw WireException.badRequest(what);
    }
  }

  private static void requireJson(Optional<MediaType> type) {
    boolean json = type.flatMap(WireFormat::of).filter(f -> f == WireFormat.JSON).isPresent();
    if (!json) {
      throw new WireException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, JSON_ONLY);
    }
    Optional<Charset> charset;
    try {
      charset = type.flatMap(MediaType::getCharset);
    } catch (IllegalArgumentException e) {
      charset = Optional.of(StandardCharsets.ISO_8859_1);
    }
    if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
      throw new WireException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, JSON_ONLY);
    }
  }

  private static WireException malformed(JsonProcessingException e) {
    var at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return WireException.badRequest("The JSON body is not valid JSON" + where + ".");
  }

  private static Optional<WireException> wireCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WireException wire) {
        return Optional.of(wire);
      }
    }
    return Optional.empty();
  }
}
