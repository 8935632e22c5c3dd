package dev.switchboard.application.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.AccountFixtures.aVerifiedAccount;
import static dev.switchboard.application.testing.AccountFixtures.anAccountOn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.CloudId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Contract every {@link Accounts} implementation must meet; subclass and supply the store. */
public abstract class AbstractAccountsContractTest {

  protected abstract Accounts accounts();

  @Test
  void givenNewAccount_addIfAbsent_storesItAndFindsItByNumberAndUsername() {
    PhoneNumber number = aNumber();
    Account account = aVerifiedAccount(number, "secret-1");

    Account stored = accounts().addIfAbsent(account);

    assertThat(stored.username()).isEqualTo(account.username());
    Account byNumber = accounts().findByNumber(account.cloudId(), number).orElseThrow();
    assertThat(byNumber.username()).isEqualTo(account.username());
    assertThat(byNumber.password()).isEqualTo(account.password());
    assertThat(byNumber.domain()).isEqualTo(account.domain());
    assertThat(byNumber.networkId()).isEqualTo(account.networkId());
    assertThat(byNumber.verifiedNumbers()).containsExactly(number);
    assertThat(byNumber.acceptsCloudSecret("secret-1")).isTrue();
    assertThat(byNumber.acceptsCloudSecret("secret-2")).isFalse();
    assertThat(accounts().findByUsername(account.username())).isPresent();
  }

  @Test
  void givenNumberWithAccount_addIfAbsent_returnsTheExistingAccount() {
    PhoneNumber number = aNumber();
    Account first = accounts().addIfAbsent(aVerifiedAccount(number, "s1"));

    Account second = accounts().addIfAbsent(aVerifiedAccount(number, "s2"));

    assertThat(second.username()).isEqualTo(first.username());
    assertThat(second.acceptsCloudSecret("s1")).isTrue();
  }

  @Test
  void givenSameNumberOnAnotherCloudId_addIfAbsent_createsASeparateAccount() {
    PhoneNumber number = aNumber();
    Account a = accounts().addIfAbsent(anAccountOn(new CloudId("TENANT-A"), number, "s"));
    Account b = accounts().addIfAbsent(anAccountOn(new CloudId("TENANT-B"), number, "s"));

    assertThat(a.username()).isNotEqualTo(b.username());
    assertThat(accounts().findByNumber(new CloudId("TENANT-A"), number).orElseThrow().username())
        .isEqualTo(a.username());
    assertThat(accounts().findByNumber(new CloudId("TENANT-C"), number)).isEmpty();
  }

  @Test
  void givenChangedCreditKeysAndSecret_update_persistsThem() {
    Account account = accounts().addIfAbsent(aVerifiedAccount(aNumber(), "old"));
    account.setCredit(Credit.of("12.34"));
    account.putKey("x-cth-pin", "1234");
    account.putKey("callbackNumber", "+12025550199");
    account.replaceCloudSecret(SecretHash.of("new", new SecureRandom()));

    accounts().update(account);

    Account reread = accounts().findByUsername(account.username()).orElseThrow();
    assertThat(reread.credit()).isEqualTo(Credit.of("12.34"));
    assertThat(reread.customKeys()).containsEntry("x-cth-pin", "1234")
        .containsEntry("callbackNumber", "+12025550199");
    assertThat(reread.acceptsCloudSecret("new")).isTrue();
    assertThat(reread.acceptsCloudSecret("old")).isFalse();
  }

  @Test
  void givenRemovedKey_update_dropsIt() {
    Account account = accounts().addIfAbsent(aVerifiedAccount(aNumber(), "s"));
    account.putKey("x-cth-pin", "1234");
    accounts().update(account);
    account.removeKey("x-cth-pin");

    accounts().update(account);

    assertThat(accounts().findByUsername(account.username()).orElseThrow().customKeys()).isEmpty();
  }

  @Test
  void givenAccount_remove_freesTheNumber() {
    PhoneNumber number = aNumber();
    Account account = accounts().addIfAbsent(aVerifiedAccount(number, "s"));

    assertThat(accounts().remove(account.username())).isTrue();

    assertThat(accounts().findByNumber(account.cloudId(), number)).isEmpty();
    assertThat(accounts().findByUsername(account.username())).isEmpty();
    assertThat(accounts().remove(account.username())).isFalse();
    Account again = accounts().addIfAbsent(aVerifiedAccount(number, "s"));
    assertThat(again.username()).isNotEqualTo(account.username());
  }

  @Test
  void givenUnknownUsername_find_isEmpty() {
    assertThat(accounts().findByUsername(new SipUsername("nobody-here"))).isEmpty();
  }

  @Test
  void givenConcurrentFirstTimeAdds_forOneNumber_exactlyOneAccountIsStored() throws Exception {
    PhoneNumber number = aNumber();
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Account>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Account candidate = aVerifiedAccount(number, "s" + i);
        Callable<Account> add = () -> {
          start.await();
          return accounts().addIfAbsent(candidate);
        };
        results.add(pool.submit(add));
      }
      start.countDown();
      Set<SipUsername> winners = new java.util.HashSet<>();
      for (Future<Account> f : results) {
        winners.add(f.get(30, TimeUnit.SECONDS).username());
      }
      assertThat(winners).hasSize(1);
      assertThat(accounts().findByNumber(AccountFixtures.DEMO, number).orElseThrow().username())
          .isEqualTo(winners.iterator().next());
    } finally {
      pool.shutdownNow();
    }
  }
}
