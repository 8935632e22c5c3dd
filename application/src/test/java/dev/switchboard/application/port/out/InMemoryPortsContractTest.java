package dev.switchboard.application.port.out;

import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.testing.AbstractAccountsContractTest;
import dev.switchboard.application.testing.AbstractVerificationsContractTest;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryVerifications;
import org.junit.jupiter.api.Nested;

/** The in-memory ports meet the same contracts as the JDBC adapters. */
class InMemoryPortsContractTest {

  @Nested
  class AccountsContract extends AbstractAccountsContractTest {
    private final InMemoryAccounts accounts = new InMemoryAccounts();

    @Override
    protected Accounts accounts() {
      return accounts;
    }
  }

  @Nested
  class VerificationsContract extends AbstractVerificationsContractTest {
    private final InMemoryVerifications verifications = new InMemoryVerifications();

    @Override
    protected Verifications verifications() {
      return verifications;
    }
  }
}
