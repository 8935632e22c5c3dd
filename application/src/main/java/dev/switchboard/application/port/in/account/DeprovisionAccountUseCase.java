package dev.switchboard.application.port.in.account;

import dev.switchboard.domain.account.SipUsername;

/** Use case (admin): remove an account; its numbers may then be provisioned afresh. */
public interface DeprovisionAccountUseCase {

  /** @throws dev.switchboard.domain.error.AccountNotFoundException unknown username */
  void deprovision(SipUsername username);
}
