package dev.switchboard.adapter.http.admin;

import dev.switchboard.adapter.http.common.ParameterReader;
import dev.switchboard.adapter.http.common.WireException;
import dev.switchboard.adapter.http.sms.LogSmsGatewayAdapter;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Development only: the last SMS the log adapter "sent" to a number, so a developer (or an
 * end-to-end test) can read the PIN without a phone. Exists only in development mode with the
 * log SMS adapter and an admin token. Answers from memory on the event loop.
 */
@Controller("/admin/dev/sms")
@Requires(property = "switchboard.admin.token", pattern = AdminApi.TOKEN_SET)
@Requires(property = "switchboard.mode", pattern = "(?i)development", defaultValue = "development")
@Requires(beans = LogSmsGatewayAdapter.class)
@NonBlocking
@Produces(MediaType.APPLICATION_JSON)
@Hidden
public class DevSmsController {
  private final LogSmsGatewayAdapter outbox;
  private final ParameterReader reader;

  public DevSmsController(LogSmsGatewayAdapter outbox, ParameterReader reader) {
    this.outbox = outbox;
    this.reader = reader;
  }

  @Get
  public DevSmsResponse last(HttpRequest<?> request) {
    PhoneNumber number = PhoneNumber.parseE164(reader.read(request).requiredNumber("number"));
    return outbox.lastTo(number).map(DevSmsResponse::of).orElseThrow(
        () -> new WireException(HttpStatus.NOT_FOUND, "No SMS was sent to " + number + "."));
  }
}
