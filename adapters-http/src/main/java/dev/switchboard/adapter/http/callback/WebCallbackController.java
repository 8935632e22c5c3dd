package dev.switchboard.adapter.http.callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.common.ClientAddress;
import dev.switchboard.adapter.http.common.HttpError;
import dev.switchboard.adapter.http.common.HttpErrorTable;
import dev.switchboard.adapter.http.common.LogSafe;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.adapter.http.common.WireFormat;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.application.port.in.callback.FindCallbackUseCase;
import dev.switchboard.application.port.in.callback.RequestCallbackCommand;
import dev.switchboard.application.port.in.callback.RequestCallbackUseCase;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallbackCall;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web callback: the app asks to be called back and connected to {@code targetNumber}. Answers
 * 200 at once (the calls follow); refusals carry a {@code message}. The answer format is the
 * one the {@code Accept} header names, else the request body's format (a JSON request gets a
 * JSON answer, as in the seed's example), else XML.
 */
@Controller("/webcallback")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
@Tag(name = "Web callback")
public class WebCallbackController {
  private static final Logger LOG = LoggerFactory.getLogger(WebCallbackController.class);
  private final RequestCallbackUseCase callbacks;
  private final FindCallbackUseCase records;
  private final ParameterReader reader;
  private final WireWriter writer;
  private final ObjectMapper json;
  private final ClientAddress clients;
  private final Clock clock;

  public WebCallbackController(RequestCallbackUseCase callbacks, FindCallbackUseCase records,
      ParameterReader reader, WireWriter writer, ObjectMapper json, ClientAddress clients,
      Clock clock) {
    this.callbacks = callbacks;
    this.records = records;
    this.reader = reader;
    this.writer = writer;
    this.json = json;
    this.clients = clients;
    this.clock = clock;
  }

  @Get(uris = {"", "/"}, headRoute = false)
  @Operation(summary = "Request a callback (parameters in the query string)",
      description = "username (u) with password (p), or nonce + hash = sha1(nonce + password); "
          + "targetNumber (to); optional callbackNumber (callback).")
  @ApiResponse(responseCode = "200", description = "Accepted; the calls follow",
      content = @Content(schema = @Schema(implementation = WebCallbackResponse.class)))
  public HttpResponse<String> requestByGet(HttpRequest<?> request) {
    return answer(request, () -> request(request));
  }

  @Post(uris = {"", "/"})
  @Operation(summary = "Request a callback (form, JSON or XML body)")
  @ApiResponse(responseCode = "200", description = "Accepted; the calls follow",
      content = @Content(schema = @Schema(implementation = WebCallbackResponse.class)))
  public HttpResponse<String> requestByPost(HttpRequest<?> request) {
    return answer(request, () -> request(request));
  }

  @Get(uri = "/{id}", headRoute = false)
  @Operation(summary = "The record of a callback: per-leg states, Call-IDs, times, charge")
  @ApiResponse(responseCode = "200", description = "The record",
      content = @Content(schema = @Schema(implementation = CallRecordResponse.class)))
  public HttpResponse<String> record(HttpRequest<?> request, @PathVariable String id) {
    return answer(request, () -> {
      CallbackCall call = records.find(new CallId(id));
      return render(request, HttpStatus.OK, CallRecordResponse.of(call, clock.instant()));
    });
  }

  private MutableHttpResponse<String> request(HttpRequest<?> request) {
    RequestParameters params = reader.read(request);
    String client = clients.of(request);
    String target = params.requiredNumber("targetNumber");
    Optional<String> callback = params.optional("callbackNumber")
        .map(v -> params.requiredNumber("callbackNumber"));
    AppUserCredentials credentials = new AppUserCredentials(params.required("username"),
        params.optional("password").isPresent()
            ? Optional.of(params.requiredSecret("password")) : Optional.empty(),
        params.optional("nonce"), params.optional("hash"), client);
    CallbackCall call = callbacks.request(RequestCallbackCommand.of(credentials, target, callback));
    LOG.info("Callback {} for {}: {} then {} (user-agent={})", call.id(), call.username(),
        call.legsInOrder().get(0).number(), call.legsInOrder().get(1).number(),
        LogSafe.value(request.getHeaders().get(HttpHeaders.USER_AGENT)));
    return render(request, HttpStatus.OK, WebCallbackResponse.of(call));
  }

  private HttpResponse<String> answer(HttpRequest<?> request,
      Supplier<MutableHttpResponse<String>> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      HttpError error = HttpErrorTable.map(e);
      if (error.status().getCode() >= 500) {
        LOG.error("Web callback failed", e);
      } else {
        LOG.info("Web callback refused ({}): {}", error.status().getCode(), error.message());
      }
      ObjectNode body = json.createObjectNode().put("message", error.message());
      MutableHttpResponse<String> response =
          writer.write(error.status(), format(request), "response", body);
      error.retryAfterSeconds()
          .ifPresent(s -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(s)));
      return response;
    }
  }

  private MutableHttpResponse<String> render(HttpRequest<?> request, HttpStatus status,
      Object body) {
    return writer.write(status, format(request), "response", json.valueToTree(body));
  }

  /** Accept first; else the body's format; else XML. */
  static WireFormat format(HttpRequest<?> request) {
    Optional<WireFormat> bodyFormat;
    try {
      bodyFormat = request.getContentType().flatMap(WireFormat::of);
    } catch (RuntimeException malformed) {
      bodyFormat = Optional.empty();
    }
    return WireFormat.negotiate(request, bodyFormat.orElse(WireFormat.XML));
  }
}
