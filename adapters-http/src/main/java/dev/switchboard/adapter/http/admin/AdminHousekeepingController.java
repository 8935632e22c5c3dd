package dev.switchboard.adapter.http.admin;

import dev.switchboard.application.port.in.housekeeping.PurgeExpiredRecordsUseCase;
import dev.switchboard.application.port.in.housekeeping.PurgeReport;
import dev.switchboard.application.port.in.housekeeping.RecordKind;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/** Admin API for retention: run one housekeeping purge now and see what it deleted. */
@Controller("/admin/housekeeping")
@Requires(property = "switchboard.admin.token", pattern = AdminApi.TOKEN_SET)
@Requires(beans = PurgeExpiredRecordsUseCase.class)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminHousekeepingController {
  private final PurgeExpiredRecordsUseCase purge;

  public AdminHousekeepingController(PurgeExpiredRecordsUseCase purge) {
    this.purge = purge;
  }

  @Post
  @Operation(summary = "Delete what the retention settings no longer keep; rows per kind")
  public Map<String, Object> run() {
    PurgeReport report = purge.purge();
    Map<String, Object> purged = new LinkedHashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      purged.put(kind.label(), report.count(kind));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "done");
    body.put("complete", report.complete());
    body.put("total", report.total());
    body.put("purged", purged);
    return body;
  }
}
