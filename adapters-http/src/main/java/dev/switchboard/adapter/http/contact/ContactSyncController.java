package dev.switchboard.adapter.http.contact;

import dev.switchboard.adapter.http.auth.BearerAuthFilter;
import dev.switchboard.adapter.http.common.JsonBodyReader;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.contact.BookStored;
import dev.switchboard.application.port.in.contact.UploadAddressBookCommand;
import dev.switchboard.application.port.in.contact.UploadAddressBookUseCase;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.DeviceId;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Contact sync: a device uploads its whole address book (PUT) or a change to it (PATCH). */
@Controller("/contacts/sync")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
@Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
@Tag(name = "Contact sync")
@SecurityRequirement(name = "bearer")
public class ContactSyncController {
  private static final Logger LOG = LoggerFactory.getLogger(ContactSyncController.class);
  private final UploadAddressBookUseCase upload;
  private final JsonBodyReader json;
  private final WireWriter writer;
  private final int maxBodyBytes;
  private final int maxContacts;

  public ContactSyncController(UploadAddressBookUseCase upload, JsonBodyReader json,
      WireWriter writer,
      @Value("${switchboard.http.max-sync-body-bytes:16777216}") int maxBodyBytes,
      @Value("${switchboard.smart-contacts.max-contacts-per-book:20000}") int maxContacts) {
    this.upload = upload;
    this.json = json;
    this.writer = writer;
    this.maxBodyBytes = maxBodyBytes;
    this.maxContacts = maxContacts;
  }

  @Put("/{device}")
  @Operation(summary = "Replace the device's address book",
      description = "Body {\"contacts\":[…]} in the contact JSON format.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = ContactSchemas.FullUpload.class)))
  @ApiResponse(responseCode = "200", description = "Stored",
      content = @Content(schema = @Schema(implementation = SyncResponse.class)))
  @ApiResponse(responseCode = "413", description = "Body or book too large")
  @ApiResponse(responseCode = "429", description = "Discovery allowance spent; see Retry-After")
  public HttpResponse<String> replace(@PathVariable String device, HttpRequest<?> request) {
    return store(request, device, true);
  }

  @Patch("/{device}")
  @Operation(summary = "Upsert contacts into, and delete contacts from, the device's book",
      description = "Body {\"contacts\":[…upserted…],\"deleted\":[\"contactId\",…]}.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = ContactSchemas.DeltaUpload.class)))
  @ApiResponse(responseCode = "200", description = "Stored",
      content = @Content(schema = @Schema(implementation = SyncResponse.class)))
  public HttpResponse<String> change(@PathVariable String device, HttpRequest<?> request) {
    return store(request, device, false);
  }

  private HttpResponse<String> store(HttpRequest<?> request, String device, boolean full) {
    Principal principal = BearerAuthFilter.principal(request);
    DeviceId deviceId = new DeviceId(device);
    SyncBody body = json.read(request, maxBodyBytes,
        (parser, mapper) -> SyncBody.read(parser, mapper, full, maxContacts));
    UploadAddressBookCommand command = full
        ? UploadAddressBookCommand.full(principal, deviceId, body.contacts())
        : UploadAddressBookCommand.delta(principal, deviceId, body.contacts(), body.deleted());
    BookStored stored = upload.upload(command);
    LOG.info("Book of {} on {} device {} {}: {} contacts, {} numbers, {} new",
        principal.username(), principal.cloudId(), deviceId, full ? "replaced" : "changed",
        stored.contacts(), stored.numbers(), stored.newNumbers());
    return writer.json(HttpStatus.OK, SyncResponse.of(stored));
  }
}
