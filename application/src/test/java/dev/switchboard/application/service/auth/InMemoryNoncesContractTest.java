package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.application.testing.AbstractNoncesContractTest;

class InMemoryNoncesContractTest extends AbstractNoncesContractTest {
  private final InMemoryNonces nonces = new InMemoryNonces(10_000);

  @Override
  protected Nonces nonces() {
    return nonces;
  }
}
