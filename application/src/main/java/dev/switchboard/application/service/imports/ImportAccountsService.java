package dev.switchboard.application.service.imports;

import dev.switchboard.application.port.in.imports.AccountLine;
import dev.switchboard.application.port.in.imports.ImportAccountsCommand;
import dev.switchboard.application.port.in.imports.ImportAccountsUseCase;
import dev.switchboard.application.port.in.imports.ImportProgress;
import dev.switchboard.application.port.in.imports.ImportRejectedException;
import dev.switchboard.application.port.out.account.AccountImport;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.AccountIdentity;
import dev.switchboard.domain.account.CloudSecret;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.tenant.App;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Checks every line first (Cloud ID, duplicates, existing accounts), then stores all at once. */
public final class ImportAccountsService implements ImportAccountsUseCase {
  private final Apps apps;
  private final Accounts accounts;
  private final AccountImport store;
  private final Clock clock;
  private final RandomGenerator random;
  private final Credit initialCredit;

  public ImportAccountsService(Apps apps, Accounts accounts, AccountImport store, Clock clock,
      RandomGenerator random, Credit initialCredit) {
    this.apps = apps;
    this.accounts = accounts;
    this.store = store;
    this.clock = clock;
    this.random = random;
    this.initialCredit = initialCredit;
  }

  @Override
  public int importAccounts(ImportAccountsCommand command, ImportProgress progress) {
    List<AccountLine> lines = command.accounts();
    Map<String, Integer> seen = new HashMap<>();
    List<Account> opened = new ArrayList<>(lines.size());
    Instant now = clock.instant();
    for (AccountLine line : lines) {
      App app = apps.find(line.cloudId()).orElseThrow(() -> new ImportRejectedException(
          line.line(), "unknown Cloud ID '" + line.cloudId().value() + "'"));
      Integer first = seen.putIfAbsent(line.cloudId().value() + " " + line.number().e164(),
          line.line());
      if (first != null) {
        throw new ImportRejectedException(line.line(), line.number().e164()
            + " is already on line " + first);
      }
      accounts.findByNumber(line.cloudId(), line.number()).ifPresent(a -> {
        throw new ImportRejectedException(line.line(), line.number().e164()
            + " already has an account (" + a.username().value() + ")");
      });
      opened.add(open(app, line, now));
      progress.update("checked", opened.size(), lines.size());
    }
    store.addAll(opened, done -> progress.update("stored", done, opened.size()));
    return opened.size();
  }

  private Account open(App app, AccountLine line, Instant now) {
    Account account = Account.open(
        AccountIdentity.generate(random, app.sipDomain(), app.cloudId(), app.defaultNetworkId()),
        line.number(), CloudSecret.generate(random).hash(random),
        line.credit().orElse(initialCredit), now);
    try {
      line.keys().forEach(account::putKey);
    } catch (IllegalArgumentException e) {
      throw new ImportRejectedException(line.line(), e.getMessage());
    }
    return account;
  }
}
