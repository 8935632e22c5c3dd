package dev.switchboard.application.port.out;

import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.contact.DiscoveryBudgets;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.testing.AbstractAccessTokensContractTest;
import dev.switchboard.application.testing.AbstractDiscoveryBudgetsContractTest;
import dev.switchboard.application.testing.AbstractSmartContactsContractTest;
import dev.switchboard.application.testing.InMemoryAccessTokens;
import dev.switchboard.application.testing.InMemoryAddressBooks;
import dev.switchboard.application.testing.InMemoryDiscoveryBudgets;
import dev.switchboard.application.testing.InMemorySmartEntries;
import dev.switchboard.application.testing.AbstractAccountsContractTest;
import dev.switchboard.application.testing.AbstractVerificationsContractTest;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryVerifications;
import dev.switchboard.application.testing.InMemoryWebhookOutbox;
import dev.switchboard.application.testing.AbstractWebhookOutboxContractTest;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
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

  @Nested
  class SmartContactsContract extends AbstractSmartContactsContractTest {
    private final InMemoryAddressBooks books = new InMemoryAddressBooks();
    private final InMemorySmartEntries entries = new InMemorySmartEntries(books);

    @Override
    protected AddressBooks books() {
      return books;
    }

    @Override
    protected SmartEntries smartEntries() {
      return entries;
    }
  }

  @Nested
  class AccessTokensContract extends AbstractAccessTokensContractTest {
    private final InMemoryAccessTokens tokens = new InMemoryAccessTokens();

    @Override
    protected AccessTokens tokens() {
      return tokens;
    }
  }

  @Nested
  class DiscoveryBudgetsContract extends AbstractDiscoveryBudgetsContractTest {
    private final InMemoryDiscoveryBudgets budgets = new InMemoryDiscoveryBudgets();

    @Override
    protected DiscoveryBudgets budgets() {
      return budgets;
    }
  }

  @Nested
  class WebhookOutboxContract extends AbstractWebhookOutboxContractTest {
    private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();

    @Override
    protected WebhookOutbox outbox() {
      return outbox;
    }
  }

  @Nested
  class ReservationsContract extends
      dev.switchboard.application.testing.AbstractReservationsContractTest {
    private final dev.switchboard.application.testing.InMemoryReservations reservations =
        new dev.switchboard.application.testing.InMemoryReservations();

    @Override
    protected dev.switchboard.application.port.out.callthrough.Reservations reservations() {
      return reservations;
    }
  }
}
