package dev.switchboard.adapter.http.contact;

import dev.switchboard.adapter.http.auth.SignInParameters;
import dev.switchboard.adapter.http.common.ClientAddress;
import dev.switchboard.adapter.http.common.HttpBasic;
import dev.switchboard.adapter.http.common.HttpDates;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.adapter.http.common.WireException;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.contact.ListMessagingContactsUseCase;
import dev.switchboard.application.port.in.contact.MessagingContacts;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;

/**
 * The messaging contact source (Web Service Contacts): the user's synced contacts, those who use
 * the service marked with {@code cloudUsername} and {@code networkId}. Honours
 * {@code If-Modified-Since}.
 */
@Controller("/contacts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
@Tag(name = "Messaging contacts")
public class MessagingContactsController {
  private static final String SIGN_IN =
      "Sign in: send username, password and cloud_id (or HTTP Basic and cloud_id).";
  private final ListMessagingContactsUseCase list;
  private final ParameterReader reader;
  private final WireWriter writer;
  private final ClientAddress clients;

  public MessagingContactsController(ListMessagingContactsUseCase list, ParameterReader reader,
      WireWriter writer, ClientAddress clients) {
    this.list = list;
    this.reader = reader;
    this.writer = writer;
    this.clients = clients;
  }

  @Get(uris = {"", "/"}, headRoute = false)
  @Operation(summary = "The user's contacts, messaging contacts marked",
      description = "Credentials as parameters, or HTTP Basic with cloud_id as a parameter. "
          + "Answers Last-Modified; If-Modified-Since at or after it gives 304.")
  @Parameter(name = "username", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
      description = "SIP username (alias: u); or use HTTP Basic")
  @Parameter(name = "password", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
      description = "SIP password (alias: p); or use HTTP Basic")
  @Parameter(name = "cloud_id", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"), description = "Cloud ID of the app")
  @SecurityRequirement(name = "basic")
  @ApiResponse(responseCode = "200", description = "The contacts",
      content = @Content(schema = @Schema(implementation = ContactSchemas.ContactList.class)))
  @ApiResponse(responseCode = "304", description = "Not modified since If-Modified-Since")
  @ApiResponse(responseCode = "401", description = "No credentials")
  @ApiResponse(responseCode = "403", description = "Wrong credentials")
  public HttpResponse<?> listByGet(HttpRequest<?> request) {
    return contacts(request);
  }

  @Post(uris = {"", "/"})
  @Operation(summary = "The user's contacts, messaging contacts marked (form, JSON or XML)")
  @SecurityRequirement(name = "basic")
  public HttpResponse<?> listByPost(HttpRequest<?> request) {
    return contacts(request);
  }

  private HttpResponse<?> contacts(HttpRequest<?> request) {
    MessagingContacts contacts = list.list(credentials(request, reader.read(request)));
    Optional<Instant> lastModified = contacts.lastModified();
    Optional<Instant> since =
        HttpDates.parse(request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE));
    MutableHttpResponse<?> response =
        lastModified.isPresent() && HttpDates.notModified(lastModified.get(), since)
            ? HttpResponse.notModified()
            : writer.json(HttpStatus.OK, ContactJsonWriter.of(contacts));
    lastModified.ifPresent(t -> response.header(HttpHeaders.LAST_MODIFIED, HttpDates.format(t)));
    return response.header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
  }

  private AuthenticateAccountCommand credentials(HttpRequest<?> request, RequestParameters p) {
    Optional<HttpBasic.Credentials> basic = HttpBasic.of(request);
    boolean inParameters = p.optional("username").isPresent() || p.optional("password").isPresent();
    if (basic.isPresent()) {
      if (inParameters) {
        throw WireException.badRequest(
            "Send the credentials either as parameters or with HTTP Basic, not both.");
      }
      return SignInParameters.from(p, basic.get().username(), basic.get().password(),
          clients.of(request));
    }
    if (!inParameters) {
      throw WireException.unauthorized(SIGN_IN, HttpBasic.CHALLENGE);
    }
    return SignInParameters.from(p, clients.of(request));
  }
}
