package dev.switchboard.adapter.http.callthrough;

import dev.switchboard.adapter.http.common.ClientAddress;
import dev.switchboard.adapter.http.common.HttpError;
import dev.switchboard.adapter.http.common.HttpErrorTable;
import dev.switchboard.adapter.http.common.LogSafe;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.adapter.http.common.WireException;
import dev.switchboard.adapter.http.common.WireFormat;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.application.port.in.callthrough.RequestDialStringCommand;
import dev.switchboard.application.port.in.callthrough.RequestDialStringUseCase;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.callthrough.DialString;
import dev.switchboard.domain.callthrough.TargetNumber;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web call-through: answers the string the app dials for a target number, as XML (default,
 * configurable), JSON or form; errors carry {@code message} in the same format.
 *
 * <p>GET requests start on the event loop: an answer the use case can give from memory
 * ({@link RequestDialStringUseCase#requestFromMemory}) is written from there; everything else
 * (a database read, a password check, a reservation) runs on the blocking executor. POST
 * requests, which read a body, run on the blocking executor.
 */
@Controller("/callthrough")
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
@Tag(name = "Web Call-Through")
public class CallThroughController {
  private static final Logger LOG = LoggerFactory.getLogger(CallThroughController.class);
  private static final int MAX_PATH_VALUE = 128;
  private final RequestDialStringUseCase dialStrings;
  private final ParameterReader reader;
  private final WireWriter writer;
  private final ClientAddress clients;
  private final CallThroughFormat format;
  private final Executor blocking;

  public CallThroughController(RequestDialStringUseCase dialStrings, ParameterReader reader,
      WireWriter writer, ClientAddress clients, CallThroughFormat format,
      @Named(TaskExecutors.BLOCKING) Executor blocking) {
    this.blocking = blocking;
    this.dialStrings = dialStrings;
    this.reader = reader;
    this.writer = writer;
    this.clients = clients;
    this.format = format;
  }

  @Get(uris = {"", "/"}, headRoute = false)
  @Operation(summary = "The dial string for a call-through call (query string)")
  @Parameter(name = "username", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"), description = "SIP username of the account (alias: u)")
  @Parameter(name = "targetNumber", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"),
      description = "The number to call, E.164 or digits (alias: to)")
  public CompletableFuture<HttpResponse<String>> byQuery(HttpRequest<?> request) {
    return answerSoon(request, Optional.empty(), Optional.empty());
  }

  // Patterns, not plain variables: the router's plain-variable matcher refuses '+', which
  // starts E.164 numbers (and may be in a username). The segments are read from the raw path.
  @Get(uri = "/{username:[^/]+}/{targetNumber:[^/]+}", headRoute = false)
  @Operation(summary = "The dial string for a call-through call (path form)")
  public CompletableFuture<HttpResponse<String>> byPath(HttpRequest<?> request) {
    // Read from the raw path: the router decodes '+' to a space, and '+' starts E.164 numbers.
    String raw = request.getUri().getRawPath();
    String[] segments = raw.substring(raw.indexOf("/callthrough/") + "/callthrough/".length())
        .split("/", -1);
    if (segments.length != 2) {
      return answerSoon(request, Optional.of(""), Optional.of(""));
    }
    return answerSoon(request, Optional.of(decode(segments[0])),
        Optional.of(decode(segments[1])));
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "\0";
    }
  }

  @Post(uris = {"", "/"})
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "The dial string for a call-through call (form, JSON or XML body)")
  public HttpResponse<String> byPost(HttpRequest<?> request) {
    return answered(request, () -> {
      RequestDialStringCommand command = command(request, Optional.empty(), Optional.empty());
      return dialStrings.request(command);
    });
  }

  /**
   * On the event loop: the parameters, then the answer from memory when there is one; else the
   * rest on the blocking executor.
   */
  private CompletableFuture<HttpResponse<String>> answerSoon(HttpRequest<?> request,
      Optional<String> pathUser, Optional<String> pathTarget) {
    RequestDialStringCommand command;
    Optional<DialString> fromMemory;
    try {
      command = command(request, pathUser, pathTarget);
      fromMemory = dialStrings.requestFromMemory(command);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(refused(request, e));
    }
    if (fromMemory.isPresent()) {
      return CompletableFuture.completedFuture(answered(request, fromMemory::get));
    }
    return CompletableFuture.supplyAsync(
        () -> answered(request, () -> dialStrings.request(command)), blocking);
  }

  private RequestDialStringCommand command(HttpRequest<?> request, Optional<String> pathUser,
      Optional<String> pathTarget) {
    RequestParameters params = reader.read(request);
    SipUsername username = new SipUsername(fromPathOr(params, "username", pathUser));
    TargetNumber target = TargetNumber.parse(pathTarget.map(CallThroughController::checked)
        .orElseGet(() -> params.requiredNumber("targetNumber")));
    String client = clients.of(request);
    return new RequestDialStringCommand(username, credentials(params, username, client), target,
        client);
  }

  private HttpResponse<String> answered(HttpRequest<?> request, Supplier<DialString> answer) {
    try {
      DialString dialString = answer.get();
      if (LOG.isDebugEnabled()) {
        LOG.debug("Call-through answered (user-agent={})",
            LogSafe.value(request.getHeaders().get(HttpHeaders.USER_AGENT)));
      }
      return writer.write(HttpStatus.OK, WireFormat.negotiate(request, format.fallback()),
          "response", writer.node().put("dialString", dialString.value()))
          .header(HttpHeaders.CACHE_CONTROL, "no-store");
    } catch (RuntimeException e) {
      return refused(request, e);
    }
  }

  private HttpResponse<String> refused(HttpRequest<?> request, RuntimeException e) {
    HttpError error = HttpErrorTable.map(e);
    if (error.status().getCode() >= 500) {
      throw e;
    }
    LOG.debug("Call-through refused with {}: {}", error.status().getCode(), error.message());
    return writer.error(request, error, format.fallback());
  }

  /** The password, or nonce and hash, when the app's template sends them. */
  private static Optional<AppUserCredentials> credentials(RequestParameters params,
      SipUsername username, String client) {
    Optional<String> nonce = params.optional("nonce");
    Optional<String> hash = params.optional("hash");
    if (nonce.isPresent() || hash.isPresent()) {
      return Optional.of(AppUserCredentials.withNonce(username.value(),
          nonce.orElseThrow(() -> WireException.badRequest("Parameter 'nonce' is missing.")),
          hash.orElseThrow(() -> WireException.badRequest("Parameter 'hash' is missing.")),
          client));
    }
    if (params.optional("password").isPresent()) {
      return Optional.of(AppUserCredentials.withPassword(username.value(),
          params.requiredSecret("password"), client));
    }
    return Optional.empty();
  }

  private static String fromPathOr(RequestParameters params, String name, Optional<String> path) {
    if (path.isEmpty()) {
      return params.required(name);
    }
    String value = checked(path.get());
    params.optional(name).filter(v -> !v.equals(value)).ifPresent(v -> {
      throw WireException.badRequest("Parameter '" + name + "' disagrees with the path.");
    });
    return value;
  }

  private static String checked(String pathValue) {
    if (pathValue.isEmpty() || pathValue.length() > MAX_PATH_VALUE || hasControl(pathValue)) {
      throw WireException.badRequest("The path must be /callthrough/{username}/{targetNumber}.");
    }
    return pathValue.strip();
  }

  private static boolean hasControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
