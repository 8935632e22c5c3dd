package dev.switchboard.application.port.out.auth;

import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Optional;

/**
 * Driven port that checks SIP credentials: against Switchboard's own accounts, or against a
 * provider's External Authentication web service.
 */
public interface CredentialVerifier {

  /** The account the credentials belong to; empty when they are wrong. */
  Optional<Principal> verify(CloudId cloudId, String username, Optional<String> host, String password);
}
