package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body, never more than a hard limit (call off the event loop): as raw bytes,
 * or as a stream that fails with 413 once the limit is passed, so nothing unbounded is buffered.
 */
final class BodyReader {
  private BodyReader() {}

  static byte[] read(HttpRequest<?> request, int limit) {
    try (InputStream in = open(request, limit)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw unreadable(e, limit);
    }
  }

  /** The body as a stream of at most {@code limit} bytes; every failure is a WireException. */
  static InputStream open(HttpRequest<?> request, int limit) {
    if (request.getContentLength() > limit) {
      throw tooLarge(limit);
    }
    if (!(request instanceof ServerHttpRequest<?> server)) {
      byte[] body = request.getBody(byte[].class).orElse(new byte[0]);
      return new Limited(new ByteArrayInputStream(body), limit);
    }
    return new Limited(server.byteBody().toInputStream(), limit);
  }

  private static WireException unreadable(Exception e, int limit) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ContentLengthExceededException) {
        return tooLarge(limit);
      }
      if (t instanceof WireException wire) {
        return wire;
      }
    }
    return WireException.badRequest("The request body could not be read.");
  }

  private static WireException tooLarge(int limit) {
    String size = limit >= 1 << 20 && limit % (1 << 20) == 0
        ? limit / (1 << 20) + " MiB" : limit / 1024 + " KiB";
    return new WireException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "The request body is larger than " + size + ".");
  }

  /** Counts what passes and turns the server's own failures into WireExceptions. */
  private static final class Limited extends InputStream {
    private final InputStream in;
    private final int limit;
    private long count;

    Limited(InputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException | UncheckedIOException | ContentLengthExceededException e) {
        throw unreadable(e, limit);
      }
      if (n > 0) {
        count += n;
        if (count > limit) {
          throw tooLarge(limit);
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
