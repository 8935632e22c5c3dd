package dev.switchboard.adapter.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The OpenAPI description of Switchboard's HTTP API (generated at compile time). */
@OpenAPIDefinition(info = @Info(title = "switchboard", version = "0.1",
    description = "App-facing services of Switchboard (phone number verification, external "
        + "provisioning) and its admin API."))
public final class HttpApi {
  private HttpApi() {}
}
