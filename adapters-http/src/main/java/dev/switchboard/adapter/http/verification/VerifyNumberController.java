package dev.switchboard.adapter.http.verification;

import dev.switchboard.adapter.http.common.ClientAddress;
import dev.switchboard.adapter.http.common.LogSafe;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.verification.PinSent;
import dev.switchboard.application.port.in.verification.SendPinCommand;
import dev.switchboard.application.port.in.verification.SendPinUseCase;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Phone Number Verifier: sends a verification PIN by SMS to the number the user entered. */
@Controller("/verify_number")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
@Tag(name = "Phone Number Verifier")
public class VerifyNumberController {
  private static final Logger LOG = LoggerFactory.getLogger(VerifyNumberController.class);
  private final SendPinUseCase sendPin;
  private final ParameterReader reader;
  private final WireWriter writer;
  private final ClientAddress clients;

  public VerifyNumberController(SendPinUseCase sendPin, ParameterReader reader, WireWriter writer,
      ClientAddress clients) {
    this.sendPin = sendPin;
    this.reader = reader;
    this.writer = writer;
    this.clients = clients;
  }

  @Get(uris = {"", "/"}, headRoute = false)
  @Operation(summary = "Send a verification PIN by SMS (parameters in the query string)")
  @Parameter(name = "number", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"),
      description = "E.164 phone number, e.g. +12025550123 (alias: phoneNumber)")
  @Parameter(name = "cloud_id", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
      description = "Cloud ID of the app")
  public HttpResponse<String> verifyByGet(HttpRequest<?> request) {
    return verify(request);
  }

  @Post(uris = {"", "/"})
  @Operation(summary = "Send a verification PIN by SMS (form, JSON or XML body)")
  public HttpResponse<String> verifyByPost(HttpRequest<?> request) {
    return verify(request);
  }

  private HttpResponse<String> verify(HttpRequest<?> request) {
    RequestParameters params = reader.read(request);
    PhoneNumber number = PhoneNumber.parseE164(params.requiredNumber("number"));
    SendPinCommand command = new SendPinCommand(number,
        params.optional("cloud_id").map(CloudId::fromApp), clients.of(request));
    LOG.info("PIN requested for {} (appid={}, version={}, installid={}, user-agent={})",
        number, LogSafe.value(params.optional("appid").orElse(null)),
        LogSafe.value(params.optional("version").orElse(null)),
        LogSafe.value(params.optional("installid").orElse(null)),
        LogSafe.value(request.getHeaders().get(HttpHeaders.USER_AGENT)));
    PinSent sent = sendPin.sendPin(command);
    return writer.ok(request, VerifyNumberResponse.of(sent));
  }
}
