package dev.switchboard.application.service.account;

import static dev.switchboard.application.service.SmartContactsFixture.credentials;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.auth.TokenGrant;
import dev.switchboard.application.port.in.contact.UploadAddressBookCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.smart.FindSmartContactsQuery;
import dev.switchboard.application.service.SmartContactsFixture;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.error.AccountNotFoundException;
import dev.switchboard.domain.error.InvalidTokenException;
import dev.switchboard.domain.smart.SipUri;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeprovisionAccountServiceTest {
  private final SmartContactsFixture f = new SmartContactsFixture();
  private final DeprovisionAccountService deprovision =
      new DeprovisionAccountService(f.accounts.accounts, f.smartEntries, f.books, f.tokens);

  @Test
  void deprovision_removesTheAccountItsSmartEntriesBooksAndTokens() {
    ProvisionedAccount alice = f.provisioned(aNumber());
    ProvisionedAccount bob = f.provisioned(aNumber());
    Principal a = f.authenticate.authenticate(credentials(alice));
    Principal b = f.authenticate.authenticate(credentials(bob));
    TokenGrant bobsToken = f.issueToken.issue(credentials(bob));
    DeviceId phone = new DeviceId("phone");
    f.upload.upload(UploadAddressBookCommand.full(a, phone,
        List.of(aContact("b", b.numbers().get(0).e164()))));
    f.upload.upload(UploadAddressBookCommand.full(b, phone,
        List.of(aContact("a", a.numbers().get(0).e164()))));
    f.becomeSmart.becomeSmart(new BecomeSmartCommand(b, SipUri.parse(b.username() + "@pbx.example")));

    deprovision.deprovision(bob.account().username());

    assertThat(f.accounts.accounts.findByUsername(bob.account().username())).isEmpty();
    assertThat(f.findSmart.find(new FindSmartContactsQuery(a, phone))).isEmpty();
    assertThat(f.books.booksOfUser(b.cloudId(), b.username())).isEmpty();
    assertThatThrownBy(() -> f.authorize.authorize(bobsToken.token().value()))
        .isInstanceOf(InvalidTokenException.class);
    assertThat(f.books.booksOfUser(a.cloudId(), a.username())).hasSize(1);
  }

  @Test
  void givenUnknownUsername_deprovision_saysSo() {
    assertThatThrownBy(() -> deprovision.deprovision(new SipUsername("nobody")))
        .isInstanceOf(AccountNotFoundException.class);
  }
}
