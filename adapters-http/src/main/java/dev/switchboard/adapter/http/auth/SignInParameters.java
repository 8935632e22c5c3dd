package dev.switchboard.adapter.http.auth;

import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.domain.tenant.CloudId;

/** Reads sign-in credentials: {@code username}, {@code password}, {@code cloud_id}, host. */
public final class SignInParameters {
  private SignInParameters() {}

  /** Credentials given as parameters ({@code username}/{@code u}, {@code password}/{@code p}). */
  public static AuthenticateAccountCommand from(RequestParameters params, String clientAddress) {
    CloudId cloudId = CloudId.fromApp(params.required("cloud_id"));
    return new AuthenticateAccountCommand(cloudId, params.required("username"),
        params.optional("host"), params.requiredSecret("password"), clientAddress);
  }

  /** Credentials given otherwise (HTTP Basic); the Cloud ID and host still come as parameters. */
  public static AuthenticateAccountCommand from(RequestParameters params, String username,
      String password, String clientAddress) {
    CloudId cloudId = CloudId.fromApp(params.required("cloud_id"));
    return new AuthenticateAccountCommand(cloudId, username, params.optional("host"), password,
        clientAddress);
  }
}
