package dev.switchboard.bootstrap.wiring;

import dev.switchboard.application.port.in.account.CreateAccountUseCase;
import dev.switchboard.application.port.in.imports.ImportAccountsUseCase;
import dev.switchboard.application.port.in.imports.ImportAddressBooksUseCase;
import dev.switchboard.application.port.out.account.AccountImport;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.transaction.Transactions;
import dev.switchboard.application.service.account.CreateAccountService;
import dev.switchboard.application.service.imports.ImportAccountsService;
import dev.switchboard.application.service.imports.ImportAddressBooksService;
import dev.switchboard.bootstrap.config.ConfiguredApps;
import dev.switchboard.domain.account.Credit;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** Wires the operator's use cases behind the admin CLI: account creation and bulk imports. */
@Factory
public class AdminFactory {

  @Singleton
  CreateAccountUseCase createAccount(ConfiguredApps apps, Accounts accounts, Clock clock,
      SecureRandom random, Credit initialCredit) {
    return new CreateAccountService(apps, accounts, clock, random, initialCredit);
  }

  @Singleton
  ImportAccountsUseCase importAccounts(ConfiguredApps apps, Accounts accounts,
      AccountImport store, Clock clock, SecureRandom random, Credit initialCredit) {
    return new ImportAccountsService(apps, accounts, store, clock, random, initialCredit);
  }

  @Singleton
  ImportAddressBooksUseCase importAddressBooks(Accounts accounts, AddressBooks books,
      Transactions transactions, Clock clock) {
    return new ImportAddressBooksService(accounts, books, transactions, clock);
  }
}
