package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.auth.AuthenticateAccountUseCase;
import dev.switchboard.domain.auth.Principal;

/** External Authentication of Switchboard's own accounts, with failure limits. */
public final class AuthenticateAccountService implements AuthenticateAccountUseCase {
  private final CredentialGuard localAccounts;

  public AuthenticateAccountService(CredentialGuard localAccounts) {
    this.localAccounts = localAccounts;
  }

  @Override
  public Principal authenticate(AuthenticateAccountCommand command) {
    return localAccounts.check(command);
  }
}
