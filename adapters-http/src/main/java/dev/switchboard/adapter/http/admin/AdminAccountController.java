package dev.switchboard.adapter.http.admin;

import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.application.port.in.account.DeprovisionAccountUseCase;
import dev.switchboard.application.port.in.account.FindAccountQuery;
import dev.switchboard.application.port.in.account.FindAccountUseCase;
import dev.switchboard.application.port.in.account.SetAccountKeyCommand;
import dev.switchboard.application.port.in.account.SetAccountKeyUseCase;
import dev.switchboard.application.port.in.account.SetCreditCommand;
import dev.switchboard.application.port.in.account.SetCreditUseCase;
import dev.switchboard.domain.account.AccountKey;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Admin API for accounts (JSON, bearer token): look up, set credit and keys, deprovision. */
@Controller("/admin/accounts")
@Requires(property = "switchboard.admin.token", pattern = AdminApi.TOKEN_SET)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminAccountController {
  private final FindAccountUseCase find;
  private final SetCreditUseCase setCredit;
  private final SetAccountKeyUseCase setKey;
  private final DeprovisionAccountUseCase deprovision;
  private final ParameterReader reader;

  public AdminAccountController(FindAccountUseCase find, SetCreditUseCase setCredit,
      SetAccountKeyUseCase setKey, DeprovisionAccountUseCase deprovision, ParameterReader reader) {
    this.find = find;
    this.setCredit = setCredit;
    this.setKey = setKey;
    this.deprovision = deprovision;
    this.reader = reader;
  }

  @Get
  @Operation(summary = "Find an account by ?username= or by ?number=&cloud_id=")
  public AccountResponse find(HttpRequest<?> request) {
    RequestParameters params = reader.read(request);
    Optional<String> username = params.optional("username");
    FindAccountQuery query = username.isPresent()
        ? new FindAccountQuery.ByUsername(new SipUsername(username.get()))
        : new FindAccountQuery.ByNumber(CloudId.fromApp(params.required("cloud_id")),
            PhoneNumber.parseE164(params.requiredNumber("number")));
    return AccountResponse.of(find.find(query));
  }

  @Put("/{username}/credit")
  @Operation(summary = "Set the credit balance, body {\"credit\":\"12.50\"}")
  public AccountResponse putCredit(@PathVariable String username, HttpRequest<?> request) {
    CreditRequest body = CreditRequest.from(reader.read(request));
    return AccountResponse.of(
        setCredit.setCredit(new SetCreditCommand(new SipUsername(username), body.toCredit())));
  }

  @Put("/{username}/keys/{key}")
  @Operation(summary = "Set a custom Account XML key, body {\"value\":\"1234\"}")
  public AccountResponse putKey(@PathVariable String username, @PathVariable String key,
      HttpRequest<?> request) {
    KeyValueRequest body = KeyValueRequest.from(reader.read(request));
    return AccountResponse.of(setKey.setKey(new SetAccountKeyCommand(
        new SipUsername(username), new AccountKey(key), Optional.of(body.value()))));
  }

  @Delete("/{username}/keys/{key}")
  @Operation(summary = "Remove a custom Account XML key")
  public AccountResponse deleteKey(@PathVariable String username, @PathVariable String key) {
    return AccountResponse.of(setKey.setKey(new SetAccountKeyCommand(
        new SipUsername(username), new AccountKey(key), Optional.empty())));
  }

  @Delete("/{username}")
  @Operation(summary = "Deprovision an account; its numbers may then be provisioned afresh")
  @ApiResponse(responseCode = "204", description = "Deprovisioned")
  public HttpResponse<Void> deleteAccount(@PathVariable String username) {
    deprovision.deprovision(new SipUsername(username));
    return HttpResponse.noContent();
  }
}
