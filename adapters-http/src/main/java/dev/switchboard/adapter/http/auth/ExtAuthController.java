package dev.switchboard.adapter.http.auth;

import dev.switchboard.adapter.http.common.ClientAddress;
import dev.switchboard.adapter.http.common.LogSafe;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.auth.AuthenticateAccountUseCase;
import dev.switchboard.domain.auth.Principal;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** External Authentication: SIP credentials in, the account's verified numbers and URI out. */
@Controller("/ext_auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
@Tag(name = "External Authentication")
public class ExtAuthController {
  private static final Logger LOG = LoggerFactory.getLogger(ExtAuthController.class);
  private final AuthenticateAccountUseCase authenticate;
  private final ParameterReader reader;
  private final WireWriter writer;
  private final ClientAddress clients;

  public ExtAuthController(AuthenticateAccountUseCase authenticate, ParameterReader reader,
      WireWriter writer, ClientAddress clients) {
    this.authenticate = authenticate;
    this.reader = reader;
    this.writer = writer;
    this.clients = clients;
  }

  @Get(uris = {"", "/"}, headRoute = false)
  @Operation(summary = "Check SIP credentials; answer the verified numbers (query string)")
  @Parameter(name = "username", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"), description = "SIP username (alias: u)")
  @Parameter(name = "password", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"), description = "SIP password (alias: p)")
  @Parameter(name = "cloud_id", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"),
      description = "Cloud ID of the app; a trailing * (test build) is ignored")
  @Parameter(name = "host", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
      description = "SIP domain of the account; checked when given")
  @ApiResponse(responseCode = "200", description = "Valid credentials",
      content = @Content(schema = @Schema(implementation = ExtAuthResponse.class)))
  @ApiResponse(responseCode = "403", description = "Wrong credentials")
  @ApiResponse(responseCode = "429", description = "Too many failures; see Retry-After")
  public HttpResponse<String> authenticateByGet(HttpRequest<?> request) {
    return authenticate(request);
  }

  @Post(uris = {"", "/"})
  @Operation(summary = "Check SIP credentials; answer the verified numbers (form, JSON or XML)")
  public HttpResponse<String> authenticateByPost(HttpRequest<?> request) {
    return authenticate(request);
  }

  private HttpResponse<String> authenticate(HttpRequest<?> request) {
    AuthenticateAccountCommand command =
        SignInParameters.from(reader.read(request), clients.of(request));
    Principal principal = authenticate.authenticate(command);
    LOG.info("External Authentication of {} on {}: {} number(s) (user-agent={})",
        principal.username(), principal.cloudId(), principal.numbers().size(),
        LogSafe.value(request.getHeaders().get(HttpHeaders.USER_AGENT)));
    return writer.ok(request, ExtAuthResponse.of(principal)::in)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
