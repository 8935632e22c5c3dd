package dev.switchboard.application.service.smart;

import static dev.switchboard.application.service.SmartContactsFixture.credentials;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.ContactFixtures.aContact;
import static dev.switchboard.application.testing.ContactFixtures.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.contact.BookStored;
import dev.switchboard.application.port.in.contact.MessagingContacts;
import dev.switchboard.application.port.in.contact.UploadAddressBookCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.smart.FindSmartContactsQuery;
import dev.switchboard.application.service.SmartContactsFixture;
import dev.switchboard.application.service.contact.ContactSettings;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.contact.DiscoveryBudget;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.TooLargeException;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.smart.SmartContact;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartContactsServicesTest {
  private static final DeviceId PHONE = new DeviceId("phone");
  private final SmartContactsFixture f = new SmartContactsFixture();
  private final ProvisionedAccount alice = f.provisioned(aNumber());
  private final ProvisionedAccount bob = f.provisioned(aNumber());
  private final Principal alicePrincipal = f.authenticate.authenticate(credentials(alice));
  private final Principal bobPrincipal = f.authenticate.authenticate(credentials(bob));

  private static PhoneNumber numberOf(ProvisionedAccount a) {
    return a.account().verifiedNumbers().get(0);
  }

  @Test
  void bothUploadNationalNumbers_oneBecomesSmart_theOtherFindsIt() {
    f.upload.upload(UploadAddressBookCommand.full(alicePrincipal, PHONE,
        List.of(aContact("b", national(numberOf(bob))), aContact("me", numberOf(alice).e164()))));
    f.upload.upload(UploadAddressBookCommand.full(bobPrincipal, PHONE,
        List.of(aContact("a", national(numberOf(alice))))));

    f.becomeSmart.becomeSmart(new BecomeSmartCommand(bobPrincipal, SipUri.parse(bobPrincipal.username() + "@pbx.example")));
    f.becomeSmart.becomeSmart(new BecomeSmartCommand(alicePrincipal, SipUri.parse(alicePrincipal.username() + "@pbx.example")));

    List<SmartContact> aliceSees = f.findSmart.find(new FindSmartContactsQuery(alicePrincipal, PHONE));
    assertThat(aliceSees).singleElement().satisfies(s -> {
      assertThat(s.contactId()).isEqualTo("b");
      assertThat(s.uri().value()).isEqualTo("sip:" + bobPrincipal.username() + "@pbx.example");
    });
    MessagingContacts messaging = f.messaging.list(credentials(alice));
    assertThat(messaging.contacts()).hasSize(2);
    assertThat(messaging.contacts().get(0).smart()).hasValueSatisfying(s ->
        assertThat(s.owner()).isEqualTo(bob.account().username()));
    assertThat(messaging.contacts().get(1).smart()).isEmpty();
    assertThat(messaging.lastModified()).isPresent();
  }

  @Test
  void becomingSmartAgain_updatesTheUri() {
    f.upload.upload(UploadAddressBookCommand.full(alicePrincipal, PHONE, List.of(aContact("b", numberOf(bob).e164()))));
    f.becomeSmart.becomeSmart(new BecomeSmartCommand(bobPrincipal, SipUri.parse(bobPrincipal.username() + "@old.example")));
    f.becomeSmart.becomeSmart(new BecomeSmartCommand(bobPrincipal, SipUri.parse(bobPrincipal.username() + "@new.example")));

    assertThat(f.findSmart.find(new FindSmartContactsQuery(alicePrincipal, PHONE)))
        .extracting(s -> s.uri().value()).containsExactly("sip:" + bobPrincipal.username() + "@new.example");
  }

  @Test
  void upload_normalisesInTheOwnersRegion_andKeepsWhatDoesNotParse() {
    BookStored stored = f.upload.upload(UploadAddressBookCommand.full(alicePrincipal, PHONE,
        List.of(aContact("1", national(numberOf(bob)), "garbage", "+420 276 285 602"))));

    assertThat(stored.contacts()).isEqualTo(1);
    assertThat(stored.numbers()).isEqualTo(2);
    assertThat(stored.unparsedNumbers()).isEqualTo(1);
    assertThat(f.books.numbersOfUser(alicePrincipal.cloudId(), alicePrincipal.username()))
        .extracting(PhoneNumber::e164).containsExactlyInAnyOrder(numberOf(bob).e164(), "+420276285602");
  }

  @Test
  void deltaUpload_upsertsAndDeletes() {
    f.upload.upload(UploadAddressBookCommand.full(alicePrincipal, PHONE,
        List.of(aContact("1", aNumber().e164()), aContact("2", aNumber().e164()))));
    f.upload.upload(UploadAddressBookCommand.delta(alicePrincipal, PHONE,
        List.of(aContact("3", aNumber().e164())), List.of("1")));

    assertThat(f.books.find(new dev.switchboard.domain.contact.BookOwner(alicePrincipal.cloudId(),
        alicePrincipal.username(), PHONE)).orElseThrow().contacts())
        .extracting(c -> c.contactId()).containsExactly("2", "3");
  }

  @Test
  void tooManyContacts_isRefusedAndTheBookIsUnchanged() {
    SmartContactsFixture small = new SmartContactsFixture(new ContactSettings(2, DiscoveryBudget.Policy.DEFAULT));
    ProvisionedAccount carol = small.provisioned(aNumber());
    Principal p = small.authenticate.authenticate(credentials(carol));

    assertThatThrownBy(() -> small.upload.upload(UploadAddressBookCommand.full(p, PHONE,
        List.of(aContact("1"), aContact("2"), aContact("3"))))).isInstanceOf(TooLargeException.class);
    assertThat(small.books.booksOfUser(p.cloudId(), p.username())).isEmpty();
  }

  @Test
  void discovery_chargesOnlyNewNumbers_andRefusesWhenSpent() {
    SmartContactsFixture limited = new SmartContactsFixture(
        new ContactSettings(100, new DiscoveryBudget.Policy(3, 2)));
    ProvisionedAccount carol = limited.provisioned(aNumber());
    Principal p = limited.authenticate.authenticate(credentials(carol));
    List<dev.switchboard.domain.contact.Contact> book = List.of(
        aContact("1", aNumber().e164()), aContact("2", aNumber().e164()), aContact("3", aNumber().e164()));

    assertThat(limited.upload.upload(UploadAddressBookCommand.full(p, PHONE, book)).newNumbers()).isEqualTo(3);
    assertThat(limited.upload.upload(UploadAddressBookCommand.full(p, PHONE, book)).newNumbers()).isZero();
    assertThatThrownBy(() -> limited.upload.upload(UploadAddressBookCommand.delta(p, PHONE,
        List.of(aContact("4", aNumber().e164())), List.of())))
        .isInstanceOfSatisfying(ThrottledException.class, e ->
            assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(30)));
    limited.accounts.clock.advance(Duration.ofMinutes(30));
    assertThat(limited.upload.upload(UploadAddressBookCommand.delta(p, PHONE,
        List.of(aContact("4", aNumber().e164())), List.of())).newNumbers()).isEqualTo(1);
  }

  @Test
  void aUriNamingAnotherUser_isRefused() {
    assertThatThrownBy(() -> f.becomeSmart.becomeSmart(new BecomeSmartCommand(bobPrincipal,
        SipUri.parse(alicePrincipal.username() + "@pbx.example"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own SIP user");
  }
}
