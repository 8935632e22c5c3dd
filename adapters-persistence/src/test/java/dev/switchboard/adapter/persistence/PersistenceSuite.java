package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.account.AccountsPersistenceAdapter;
import dev.switchboard.adapter.persistence.auth.AccessTokensPersistenceAdapter;
import dev.switchboard.adapter.persistence.auth.NoncesPersistenceAdapter;
import dev.switchboard.adapter.persistence.callback.CallRecordsPersistenceAdapter;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.application.testing.AbstractCallRecordsContractTest;
import dev.switchboard.adapter.persistence.contact.AddressBooksPersistenceAdapter;
import dev.switchboard.adapter.persistence.contact.DiscoveryBudgetsPersistenceAdapter;
import dev.switchboard.adapter.persistence.crypto.HmacPinGenerator;
import dev.switchboard.adapter.persistence.smart.SmartEntriesPersistenceAdapter;
import dev.switchboard.adapter.persistence.testing.AbstractAccountsAtRestTest;
import dev.switchboard.adapter.persistence.testing.AbstractAddressBooksAtRestTest;
import dev.switchboard.adapter.persistence.testing.AbstractLargeAddressBookTest;
import dev.switchboard.adapter.persistence.testing.AbstractProvisioningConcurrencyTest;
import dev.switchboard.adapter.persistence.testing.AbstractSmartEntriesConcurrencyTest;
import dev.switchboard.adapter.persistence.testing.AbstractVerificationsInTransactionTest;
import dev.switchboard.adapter.persistence.verification.VerificationsPersistenceAdapter;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.contact.DiscoveryBudgets;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.port.out.verification.PinGenerator;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.testing.AbstractAccessTokensContractTest;
import dev.switchboard.application.testing.AbstractAccountsContractTest;
import dev.switchboard.application.testing.AbstractDiscoveryBudgetsContractTest;
import dev.switchboard.application.testing.AbstractSmartContactsContractTest;
import dev.switchboard.application.testing.AbstractVerificationsContractTest;
import dev.switchboard.application.testing.AbstractNoncesContractTest;
import dev.switchboard.application.port.out.auth.Nonces;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/**
 * Every persistence test, run once per database by {@link H2PersistenceIT} and
 * {@link PostgresPersistenceIT}: the port contracts of the application test-jar plus the
 * adapter-specific ones (at rest, in transactions, at scale, under concurrency).
 */
abstract class PersistenceSuite {
  @Inject AccountsPersistenceAdapter accounts;
  @Inject VerificationsPersistenceAdapter verifications;
  @Inject HmacPinGenerator pins;
  @Inject AccessTokensPersistenceAdapter tokens;
  @Inject AddressBooksPersistenceAdapter books;
  @Inject SmartEntriesPersistenceAdapter smartEntries;
  @Inject DiscoveryBudgetsPersistenceAdapter budgets;
  @Inject DataSource dataSource;
  @Inject DataSourceResolver dataSourceResolver;
  @Inject TransactionOperations<Connection> transactions;
  @Inject NoncesPersistenceAdapter nonces;
  @Inject CallRecordsPersistenceAdapter callRecords;

  @Nested
  class AccountsContract extends AbstractAccountsContractTest {
    @Override
    protected Accounts accounts() {
      return accounts;
    }
  }

  @Nested
  class VerificationsContract extends AbstractVerificationsContractTest {
    @Override
    protected Verifications verifications() {
      return verifications;
    }
  }

  @Nested
  class AccountsAtRest extends AbstractAccountsAtRestTest {
    @Override
    protected Accounts accounts() {
      return accounts;
    }

    @Override
    protected DataSource dataSource() {
      return dataSourceResolver.resolve(dataSource);
    }
  }

  @Nested
  class VerificationsInTransaction extends AbstractVerificationsInTransactionTest {
    @Override
    protected Verifications verifications() {
      return verifications;
    }

    @Override
    protected TransactionOperations<Connection> transactions() {
      return transactions;
    }
  }

  @Nested
  class ProvisioningConcurrency extends AbstractProvisioningConcurrencyTest {
    @Override
    protected Accounts accounts() {
      return accounts;
    }

    @Override
    protected Verifications verifications() {
      return verifications;
    }

    @Override
    protected PinGenerator pins() {
      return pins;
    }

    @Override
    protected DataSource dataSource() {
      return dataSourceResolver.resolve(dataSource);
    }
  }

  @Nested
  class AccessTokensContract extends AbstractAccessTokensContractTest {
    @Override
    protected AccessTokens tokens() {
      return tokens;
    }
  }

  @Nested
  class SmartContactsContract extends AbstractSmartContactsContractTest {
    @Override
    protected AddressBooks books() {
      return books;
    }

    @Override
    protected SmartEntries smartEntries() {
      return smartEntries;
    }
  }

  @Nested
  class DiscoveryBudgetsContract extends AbstractDiscoveryBudgetsContractTest {
    @Override
    protected DiscoveryBudgets budgets() {
      return budgets;
    }
  }

  @Nested
  class AddressBooksAtRest extends AbstractAddressBooksAtRestTest {
    @Override
    protected AddressBooks books() {
      return books;
    }

    @Override
    protected TransactionOperations<Connection> transactions() {
      return transactions;
    }

    @Override
    protected DataSource dataSource() {
      return dataSourceResolver.resolve(dataSource);
    }
  }

  @Nested
  class LargeAddressBook extends AbstractLargeAddressBookTest {
    @Override
    protected AddressBooks books() {
      return books;
    }
  }

  @Nested
  class SmartEntriesConcurrency extends AbstractSmartEntriesConcurrencyTest {
    @Override
    protected SmartEntries smartEntries() {
      return smartEntries;
    }

    @Override
    protected AddressBooks books() {
      return books;
    }
  }

  @Nested
  class NoncesContract extends AbstractNoncesContractTest {
    @Override
    protected Nonces nonces() {
      return nonces;
    }
  }

  @Nested
  class CallRecordsContract extends AbstractCallRecordsContractTest {
    @Override
    protected CallRecords records() {
      return callRecords;
    }
  }
}
