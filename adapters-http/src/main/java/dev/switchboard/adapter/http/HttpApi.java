package dev.switchboard.adapter.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description of Switchboard's HTTP API (generated at compile time). */
@OpenAPIDefinition(info = @Info(title = "switchboard", version = "0.1",
    description = "App-facing services of Switchboard (phone number verification, external "
        + "provisioning, External Authentication, SSO, contact sync, Smart Contacts, the "
        + "messaging contact source) and its admin API."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
    description = "An access token from POST /sso/token")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
    description = "SIP username and password (cloud_id still goes as a parameter)")
public final class HttpApi {
  private HttpApi() {}
}
