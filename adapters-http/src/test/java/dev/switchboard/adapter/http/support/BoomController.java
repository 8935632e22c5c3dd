package dev.switchboard.adapter.http.support;

import dev.switchboard.adapter.http.common.UnavailableException;
import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Test-only routes that fail in ways no real request should be able to provoke. */
@Controller("/boom")
@Requires(env = "test")
public class BoomController {

  @Get
  public String boom() {
    throw new IllegalStateException("secret internals at dev.switchboard.Hidden");
  }

  @Get("/sms")
  public String sms() {
    throw new SmsDeliveryException("gateway said no (test)");
  }

  @Get("/unavailable")
  public String unavailable() {
    throw new UnavailableException("The sign-in service is unavailable. Please try again shortly.",
        "External Authentication answered HTTP 500 (test)");
  }
}
