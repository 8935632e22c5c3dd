package dev.switchboard.adapter.http.provisioning;

import dev.switchboard.adapter.http.common.ClientAddress;
import dev.switchboard.adapter.http.common.LogSafe;
import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.adapter.http.common.WireWriter;
import dev.switchboard.application.port.in.provisioning.ProvisionAccountCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionAccountUseCase;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** External Provisioning: a verified number (PIN or cloud secret) gets its SIP account. */
@Controller("/provisioning")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_XML, MediaType.ALL})
@Tag(name = "External Provisioning")
public class ProvisioningController {
  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningController.class);
  private final ProvisionAccountUseCase provision;
  private final ParameterReader reader;
  private final WireWriter writer;
  private final ClientAddress clients;

  public ProvisioningController(ProvisionAccountUseCase provision, ParameterReader reader,
      WireWriter writer, ClientAddress clients) {
    this.provision = provision;
    this.reader = reader;
    this.writer = writer;
    this.clients = clients;
  }

  @Get(uris = {"", "/"}, headRoute = false)
  @Operation(summary = "Provision the SIP account of a verified number (query string)")
  @Parameter(name = "cloud_id", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"),
      description = "Cloud ID of the app; a trailing * (test build) is ignored")
  @Parameter(name = "cloud_username", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"),
      description = "The verified phone number, E.164")
  @Parameter(name = "cloud_password", in = ParameterIn.QUERY, required = true,
      schema = @Schema(type = "string"),
      description = "The SMS PIN, or the cloud_password of an earlier provisioning")
  public HttpResponse<String> provisionByGet(HttpRequest<?> request) {
    return provision(request);
  }

  @Post(uris = {"", "/"})
  @Operation(summary = "Provision the SIP account of a verified number (form, JSON or XML)")
  public HttpResponse<String> provisionByPost(HttpRequest<?> request) {
    return provision(request);
  }

  private HttpResponse<String> provision(HttpRequest<?> request) {
    RequestParameters params = reader.read(request);
    CloudId cloudId = CloudId.fromApp(params.required("cloud_id"));
    PhoneNumber number = PhoneNumber.parseE164(params.requiredNumber("cloud_username"));
    String credential = params.required("cloud_password");
    ProvisionedAccount result = provision.provision(
        new ProvisionAccountCommand(cloudId, number, credential, clients.of(request)));
    LOG.info("Provisioned {} for {} on {} (created={}, user-agent={})",
        result.account().username(), number, cloudId, result.created(),
        LogSafe.value(request.getHeaders().get(HttpHeaders.USER_AGENT)));
    return writer.xml(HttpStatus.OK, "account", AccountXml.fill(writer.node(), result, number))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
