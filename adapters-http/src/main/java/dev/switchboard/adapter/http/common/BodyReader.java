package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body as raw bytes, never more than a hard limit (call off the event loop). */
final class BodyReader {
  private BodyReader() {}

  static byte[] read(HttpRequest<?> request, int limit) {
    if (request.getContentLength() > limit) {
      throw tooLarge(limit);
    }
    if (!(request instanceof ServerHttpRequest<?> server)) {
      byte[] body = request.getBody(byte[].class).orElse(new byte[0]);
      if (body.length > limit) {
        throw tooLarge(limit);
      }
      return body;
    }
    try (InputStream in = server.byteBody().toInputStream()) {
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        throw tooLarge(limit);
      }
      return body;
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e, limit);
    } catch (ContentLengthExceededException e) {
      throw tooLarge(limit);
    }
  }

  private static WireException unreadable(Exception e, int limit) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ContentLengthExceededException) {
        return tooLarge(limit);
      }
    }
    return WireException.badRequest("The request body could not be read.");
  }

  private static WireException tooLarge(int limit) {
    return new WireException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "The request body is larger than " + limit / 1024 + " KiB.");
  }
}
