package dev.switchboard.adapter.http.admin;

import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.adapter.http.common.WireException;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesQuery;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryCommand;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryUseCase;
import dev.switchboard.domain.webhook.DeliveryStatus;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Admin API for the new-smart-contact webhook outbox: list deliveries, replay failed ones. */
@Controller("/admin/webhooks/deliveries")
@Requires(property = "switchboard.admin.token", pattern = AdminApi.TOKEN_SET)
@Requires(beans = {ListWebhookDeliveriesUseCase.class, ReplayWebhookDeliveryUseCase.class})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminWebhookController {
  private final ListWebhookDeliveriesUseCase list;
  private final ReplayWebhookDeliveryUseCase replay;
  private final ParameterReader reader;

  public AdminWebhookController(ListWebhookDeliveriesUseCase list,
      ReplayWebhookDeliveryUseCase replay, ParameterReader reader) {
    this.list = list;
    this.replay = replay;
    this.reader = reader;
  }

  @Get
  @Operation(summary = "Newest deliveries first; ?status=pending|delivered|failed|rejected"
      + "&limit=1..1000 (default 100)")
  public WebhookDeliveryResponse.Page list(HttpRequest<?> request) {
    RequestParameters params = reader.read(request);
    Optional<DeliveryStatus> status = params.optional("status").map(AdminWebhookController::status);
    int limit = params.optional("limit").map(AdminWebhookController::limit).orElse(100);
    return new WebhookDeliveryResponse.Page(
        list.list(new ListWebhookDeliveriesQuery(status, limit)).stream()
            .map(WebhookDeliveryResponse::of).toList());
  }

  @Post("/{id}/replay")
  @Operation(summary = "Send a failed or rejected delivery again (due now, fresh retry schedule)")
  public Map<String, Object> replay(@PathVariable String id) {
    long deliveryId = limitOrId(id, "id");
    if (!replay.replay(new ReplayWebhookDeliveryCommand(deliveryId))) {
      throw new WireException(HttpStatus.NOT_FOUND,
          "There is no failed or rejected webhook delivery " + deliveryId + ".");
    }
    return Map.of("id", deliveryId, "status", "pending");
  }

  private static DeliveryStatus status(String raw) {
    try {
      return DeliveryStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'status' must be pending, delivered, failed or rejected");
    }
  }

  private static int limit(String raw) {
    return (int) Math.min(Integer.MAX_VALUE, limitOrId(raw, "limit"));
  }

  private static long limitOrId(String raw, String name) {
    if (!raw.strip().matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("'" + name + "' must be a positive whole number");
    }
    return Long.parseLong(raw.strip());
  }
}
