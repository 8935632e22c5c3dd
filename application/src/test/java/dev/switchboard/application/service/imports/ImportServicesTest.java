package dev.switchboard.application.service.imports;

import static dev.switchboard.application.testing.AccountFixtures.DEMO;
import static dev.switchboard.application.testing.AccountFixtures.DEMO_APP;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.account.AccountCreation;
import dev.switchboard.application.port.in.account.CreateAccountCommand;
import dev.switchboard.application.port.in.imports.AccountLine;
import dev.switchboard.application.port.in.imports.BookImport;
import dev.switchboard.application.port.in.imports.ImportAccountsCommand;
import dev.switchboard.application.port.in.imports.ImportAddressBooksCommand;
import dev.switchboard.application.port.in.imports.ImportProgress;
import dev.switchboard.application.port.in.imports.ImportRejectedException;
import dev.switchboard.application.service.account.CreateAccountService;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.application.port.out.transaction.Transactions;
import dev.switchboard.application.testing.FixedApps;
import dev.switchboard.application.testing.InMemoryAccountImport;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryAddressBooks;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.error.UnknownCloudIdException;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportServicesTest {
  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final InMemoryAddressBooks books = new InMemoryAddressBooks();
  private final FixedApps apps = new FixedApps(DEMO_APP);
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
  private final SecureRandom random = new SecureRandom();
  private final CreateAccountService create =
      new CreateAccountService(apps, accounts, clock, random, Credit.of("1"));
  private final ImportAccountsService importAccounts = new ImportAccountsService(apps, accounts,
      new InMemoryAccountImport(accounts), clock, random, Credit.of("1"));
  private final ImportAddressBooksService importBooks =
      new ImportAddressBooksService(accounts, books, Transactions.direct(), clock);

  @Test
  void create_opensOnce_thenReportsTheExistingAccount() {
    PhoneNumber number = aNumber();
    AccountCreation first = create.create(new CreateAccountCommand(DEMO, number, Optional.empty()));
    assertThat(first).isInstanceOf(AccountCreation.Created.class);
    assertThat(first.account().credit()).isEqualTo(Credit.of("1"));
    AccountCreation second = create.create(
        new CreateAccountCommand(DEMO, number, Optional.of(Credit.of("9"))));
    assertThat(second).isInstanceOf(AccountCreation.AlreadyExisted.class);
    assertThat(second.account().username()).isEqualTo(first.account().username());
    assertThatThrownBy(() -> create.create(
        new CreateAccountCommand(new CloudId("NOPE"), aNumber(), Optional.empty())))
        .isInstanceOf(UnknownCloudIdException.class);
  }

  @Test
  void importAccounts_storesAll_withKeysAndCredit_andReportsProgress() {
    List<String> progress = new ArrayList<>();
    PhoneNumber a = aNumber();
    PhoneNumber b = aNumber();
    int count = importAccounts.importAccounts(new ImportAccountsCommand(List.of(
        new AccountLine(2, DEMO, a, Optional.of(Credit.of("5")), Map.of("x-cth-pin", "12")),
        new AccountLine(3, DEMO, b, Optional.empty(), Map.of()))),
        (phase, done, total) -> progress.add(phase + " " + done + "/" + total));
    assertThat(count).isEqualTo(2);
    Account first = accounts.findByNumber(DEMO, a).orElseThrow();
    assertThat(first.credit()).isEqualTo(Credit.of("5"));
    assertThat(first.customKeys()).containsEntry("x-cth-pin", "12");
    assertThat(accounts.findByNumber(DEMO, b).orElseThrow().credit()).isEqualTo(Credit.of("1"));
    assertThat(progress).containsExactly("checked 1/2", "checked 2/2", "stored 1/2", "stored 2/2");
  }

  @Test
  void importAccounts_aBadLine_rejectsTheWholeImport_namingTheLine() {
    PhoneNumber good = aNumber();
    PhoneNumber taken = aNumber();
    create.create(new CreateAccountCommand(DEMO, taken, Optional.empty()));
    assertRejected(List.of(line(2, DEMO, good), line(3, new CloudId("NOPE"), aNumber())),
        "line 3: unknown Cloud ID 'NOPE'");
    assertRejected(List.of(line(2, DEMO, good), line(5, DEMO, taken)),
        "line 5: " + taken.e164() + " already has an account");
    assertRejected(List.of(line(2, DEMO, good), line(3, DEMO, aNumber()), line(4, DEMO, good)),
        "line 4: " + good.e164() + " is already on line 2");
    assertRejected(List.of(line(2, DEMO, good), new AccountLine(3, DEMO, aNumber(),
        Optional.empty(), Map.of("bad key!", "1"))), "line 3: ");
    assertThat(accounts.findByNumber(DEMO, good)).isEmpty();
    assertThat(accounts.size()).isEqualTo(1);
  }

  @Test
  void importBooks_replacesBooks_andRefusesAnUnknownOwnerBeforeWriting() {
    Account owner = create.create(new CreateAccountCommand(DEMO, aNumber(), Optional.empty()))
        .account();
    DeviceId phone = new DeviceId("phone");
    int count = importBooks.importBooks(new ImportAddressBooksCommand(List.of(new BookImport(2,
        owner.username(), phone, List.of(ContactFixtures.aContact("1", "(202) 555-0188"))))),
        ImportProgress.NONE);
    assertThat(count).isEqualTo(1);
    assertThat(books.numbersOfUser(DEMO, owner.username())).extracting(PhoneNumber::e164)
        .containsExactly("+12025550188");

    DeviceId tablet = new DeviceId("tablet");
    assertThatThrownBy(() -> importBooks.importBooks(new ImportAddressBooksCommand(List.of(
        new BookImport(2, owner.username(), tablet, List.of()),
        new BookImport(7, new SipUsername("unosuchuser000000"), phone, List.of()))),
        ImportProgress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage("line 7: unknown account 'unosuchuser000000'");
    assertThat(books.find(new BookOwner(DEMO, owner.username(), tablet))).isEmpty();
  }

  private static AccountLine line(int line, CloudId cloudId, PhoneNumber number) {
    return new AccountLine(line, cloudId, number, Optional.empty(), Map.of());
  }

  private void assertRejected(List<AccountLine> lines, String message) {
    assertThatThrownBy(() -> importAccounts.importAccounts(new ImportAccountsCommand(lines),
        ImportProgress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageStartingWith(message);
  }
}
