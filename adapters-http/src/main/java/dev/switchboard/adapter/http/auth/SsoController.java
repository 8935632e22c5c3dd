package dev.switchboard.adapter.http.auth;

import dev.switchboard.adapter.http.common.ClientAddress;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.adapter.http.common.WireException;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.auth.IssueAccessTokenUseCase;
import dev.switchboard.application.port.in.auth.RevokeAccessTokenUseCase;
import dev.switchboard.application.port.in.auth.TokenGrant;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SSO: exchanges SIP credentials for an expiring bearer token (OAuth2 password grant style),
 * and revokes tokens. Errors are {@code {"message":"…","error":"invalid_grant"}}.
 */
@Controller("/sso")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
@Tag(name = "SSO")
public class SsoController {
  private static final Logger LOG = LoggerFactory.getLogger(SsoController.class);
  private static final String BEARER = "Bearer ";
  private final IssueAccessTokenUseCase issue;
  private final RevokeAccessTokenUseCase revoke;
  private final ParameterReader reader;
  private final WireWriter writer;
  private final ClientAddress clients;
  private final Clock clock;

  public SsoController(IssueAccessTokenUseCase issue, RevokeAccessTokenUseCase revoke,
      ParameterReader reader, WireWriter writer, ClientAddress clients, Clock clock) {
    this.issue = issue;
    this.revoke = revoke;
    this.reader = reader;
    this.writer = writer;
    this.clients = clients;
    this.clock = clock;
  }

  @Post("/token")
  @Operation(summary = "Get an access token for SIP credentials",
      description = "Form or JSON: username (u), password (p), cloud_id, optional host, optional "
          + "grant_type=password. Wrong credentials: 403 invalid_grant; throttled: 429.")
  @ApiResponse(responseCode = "200", description = "The token",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  public HttpResponse<String> token(HttpRequest<?> request) {
    RequestParameters params = reader.read(request);
    Optional<String> grantType = params.optional("grant_type");
    if (grantType.isPresent() && !grantType.get().equals("password")) {
      throw WireException.badRequest("Only grant_type 'password' is supported.");
    }
    AuthenticateAccountCommand command = SignInParameters.from(params, clients.of(request));
    TokenGrant grant = issue.issue(command);
    LOG.info("Access token issued for {} on {} until {}", command.username(),
        command.cloudId(), grant.expiresAt());
    return writer.json(HttpStatus.OK, TokenResponse.of(grant, clock.instant()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache");
  }

  @Post("/revoke")
  @Operation(summary = "Revoke an access token (idempotent)",
      description = "Form or JSON: token; or the token as Authorization: Bearer.")
  @ApiResponse(responseCode = "200", description = "Revoked (also when it was unknown)",
      content = @Content(schema = @Schema(implementation = RevokeResponse.class)))
  public HttpResponse<String> revoke(HttpRequest<?> request) {
    String token = reader.read(request).optional("token")
        .or(() -> bearer(request))
        .orElseThrow(() -> WireException.badRequest("Parameter 'token' is missing."));
    revoke.revoke(token);
    return writer.json(HttpStatus.OK, RevokeResponse.DONE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private static Optional<String> bearer(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    return bearer ? Optional.of(header.substring(BEARER.length()).strip()) : Optional.empty();
  }
}
