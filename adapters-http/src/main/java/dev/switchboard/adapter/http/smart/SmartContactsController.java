package dev.switchboard.adapter.http.smart;

import dev.switchboard.adapter.http.auth.BearerAuthFilter;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.smart.BecomeSmartUseCase;
import dev.switchboard.application.port.in.smart.FindSmartContactsQuery;
import dev.switchboard.application.port.in.smart.FindSmartContactsUseCase;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.smart.SmartContact;
import dev.switchboard.domain.smart.SmartEntry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Smart Contacts: become reachable at a SIP URI; find who in a device's book is reachable. */
@Controller("/smart")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
@Tag(name = "Smart Contacts")
@SecurityRequirement(name = "bearer")
public class SmartContactsController {
  private static final Logger LOG = LoggerFactory.getLogger(SmartContactsController.class);
  private final BecomeSmartUseCase becomeSmart;
  private final FindSmartContactsUseCase find;
  private final ParameterReader reader;
  private final WireWriter writer;

  public SmartContactsController(BecomeSmartUseCase becomeSmart, FindSmartContactsUseCase find,
      ParameterReader reader, WireWriter writer) {
    this.becomeSmart = becomeSmart;
    this.find = find;
    this.reader = reader;
    this.writer = writer;
  }

  @Post("/entries")
  @Operation(summary = "Make every verified number of the account reachable at a SIP URI",
      description = "JSON {\"sipUri\":\"sip:alice@host\"} or form sipUri=…")
  @ApiResponse(responseCode = "200", description = "The account's smart entries",
      content = @Content(schema = @Schema(implementation = SmartEntriesResponse.class)))
  public HttpResponse<String> becomeSmart(HttpRequest<?> request) {
    Principal principal = BearerAuthFilter.principal(request);
    SipUri uri = SipUri.parse(reader.read(request).required("sipUri"));
    List<SmartEntry> entries = becomeSmart.becomeSmart(new BecomeSmartCommand(principal, uri));
    LOG.info("{} on {} is smart at {} for {} number(s)", principal.username(),
        principal.cloudId(), uri, entries.size());
    return writer.json(HttpStatus.OK, SmartEntriesResponse.of(entries));
  }

  @Get(uris = "/contacts/{device}", headRoute = false)
  @Operation(summary = "The entries of the device's synced book that are smart")
  @ApiResponse(responseCode = "200", description = "The smart contacts",
      content = @Content(schema = @Schema(implementation = SmartContactsResponse.class)))
  public HttpResponse<String> smartContacts(@PathVariable String device,
      HttpRequest<?> request) {
    Principal principal = BearerAuthFilter.principal(request);
    List<SmartContact> found =
        find.find(new FindSmartContactsQuery(principal, new DeviceId(device)));
    return writer.json(HttpStatus.OK, SmartContactsResponse.of(found));
  }
}
