package dev.switchboard.application.testing;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test data for contact sync and Smart Contacts. */
public final class ContactFixtures {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ContactFixtures() {}

  /** A contact whose tel entries hold the given raw numbers (as a user would type them). */
  public static Contact aContact(String contactId, String... rawNumbers) {
    List<ContactEntry> entries = new ArrayList<>();
    for (int i = 0; i < rawNumbers.length; i++) {
      entries.add(new ContactEntry("tel:" + i, "mobile", "tel", rawNumbers[i]));
    }
    return new Contact(contactId, "Contact " + contactId, "First", "Last", "", "", entries,
        Map.of("company", "ACME"));
  }

  /** A user of {@code cloudId} with one verified number and a random SIP username. */
  public static Principal aPrincipal(CloudId cloudId, PhoneNumber number) {
    SipUsername username = new SipUsername("u" + Long.toHexString(RANDOM.nextLong()));
    return new Principal(cloudId, NetworkId.of(cloudId), username, List.of(number),
        SipUri.parse(username.value() + "@sip.example.com"));
  }

  /** The number in US national format, as an American user would have it in the address book. */
  public static String national(PhoneNumber usNumber) {
    String d = usNumber.e164().substring(2);
    return "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
  }
}
