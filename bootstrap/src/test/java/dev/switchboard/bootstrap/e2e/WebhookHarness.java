package dev.switchboard.bootstrap.e2e;

import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.smart.BecomeSmartUseCase;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesQuery;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.WebhookDelivery;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Switchboard application context (no HTTP server) configured with a new-smart-contact
 * webhook, and the shortcuts the webhook tests need: store books, make a user smart.
 */
final class WebhookHarness implements AutoCloseable {
  static final CloudId DEMO = new CloudId("DEMO");
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String SEED_JSON = "{ \"newSmartNumber\" : \"%new_smart_number%\", "
      + "\"networkId\" : \"%network_id%\", \"newSmartUri\" : \"%new_smart_uri%\", "
      + "\"interestedParties\" : \"%interestedParties%\" }";
  static final String SEED_XML = "<root> <new_smart_number>%new_smart_number%</new_smart_number>"
      + " <network_id>%network_id%</network_id> <new_smart_uri>%new_smart_uri%</new_smart_uri>"
      + " <interested_parties>%interestedParties%</interested_parties> </root>";
  final ApplicationContext context;

  private WebhookHarness(ApplicationContext context) {
    this.context = context;
  }

  /** The properties of a DEMO app whose webhook posts {@code template} to {@code url}. */
  static Map<String, Object> webhookProperties(Path dataDir, String url, String template,
      String contentType) {
    Map<String, Object> p = new HashMap<>();
    p.put("switchboard.data-dir", dataDir.toString());
    p.put("switchboard.admin.token", RunningSwitchboard.ADMIN_TOKEN);
    p.put("switchboard.apps.demo.cloud-id", "DEMO");
    p.put("switchboard.apps.demo.sip-domain", "sip.switchboard.test");
    p.put("switchboard.apps.demo.smart-contact-notification-url", url);
    p.put("switchboard.apps.demo.smart-contact-notification-post-data", template);
    p.put("switchboard.apps.demo.smart-contact-notification-content-type", contentType);
    p.put("switchboard.apps.demo.smart-contact-notification-secret", SECRET);
    p.put("switchboard.webhooks.poll-interval", "100ms");
    p.put("switchboard.webhooks.retry-schedule", "1s,1s,1s,1s,1s,1s,1s");
    return p;
  }

  static WebhookHarness start(Map<String, Object> properties) {
    Map<String, Object> p = new HashMap<>(properties);
    p.put("micronaut.server.port", -1);
    return new WebhookHarness(ApplicationContext.run(p));
  }

  /** Stores a book on {@code device} of a new user of DEMO that holds {@code number}. */
  Principal holder(PhoneNumber number, String device) {
    Principal p = ContactFixtures.aPrincipal(DEMO, AccountFixtures.aNumber());
    AddressBook book = new AddressBook(List.of(ContactFixtures.aContact("friend", number.e164())));
    context.getBean(AddressBooks.class).replace(
        new BookOwner(DEMO, p.username(), new DeviceId(device)), book,
        book.numberedEntries("US"), Instant.now());
    return p;
  }

  /** The user of {@code number} becomes smart at their own SIP URI. */
  Principal becomeSmart(PhoneNumber number) {
    Principal p = ContactFixtures.aPrincipal(DEMO, number);
    context.getBean(BecomeSmartUseCase.class).becomeSmart(new BecomeSmartCommand(p, p.sipUri()));
    return p;
  }

  List<WebhookDelivery> deliveries() {
    return context.getBean(ListWebhookDeliveriesUseCase.class)
        .list(new ListWebhookDeliveriesQuery(Optional.empty(), 1_000));
  }

  Optional<WebhookDelivery> delivery(String webhookId) {
    return deliveries().stream().filter(d -> d.webhookId().equals(webhookId)).findFirst();
  }

  Optional<WebhookDelivery> deliveryOf(PhoneNumber number) {
    return deliveries().stream().filter(d -> d.number().equals(number)).findFirst();
  }

  /** The service's context (e.g. to start its HTTP server). */
  ApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    context.close();
  }
}
