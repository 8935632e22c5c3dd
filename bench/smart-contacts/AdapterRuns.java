import dev.switchboard.adapter.persistence.auth.AccessTokensPersistenceAdapter;
import dev.switchboard.adapter.persistence.contact.AddressBooksPersistenceAdapter;
import dev.switchboard.adapter.persistence.smart.SmartEntriesPersistenceAdapter;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.AccessToken;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import io.micronaut.context.ApplicationContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The real persistence adapters, in a Micronaut context on the bench database. */
final class AdapterRuns implements AutoCloseable {
  private final ApplicationContext context;
  private final BenchData data;
  private final SmartEntriesPersistenceAdapter smart;
  private final AddressBooksPersistenceAdapter books;

  AdapterRuns(String url, String user, String password, BenchData data) {
    this.data = data;
    this.context = ApplicationContext.builder().deduceEnvironment(false).properties(Map.of(
        "datasources.default.url", url,
        "datasources.default.username", user,
        "datasources.default.password", password,
        "datasources.default.driver-class-name", "org.postgresql.Driver",
        "datasources.default.maximum-pool-size", 4,
        "flyway.datasources.default.enabled", false)).start();
    this.smart = context.getBean(SmartEntriesPersistenceAdapter.class);
    this.books = context.getBean(AddressBooksPersistenceAdapter.class);
  }

  BookOwner owner(int u) {
    return new BookOwner(new CloudId(BenchData.CLOUD), new SipUsername(data.username(u)),
        new DeviceId(BenchData.DEVICE));
  }

  List<Timings> measure(int warmup, int reps) throws Exception {
    return List.of(
        Timings.measure("adapter findInBook(), 1,000-entry book", warmup, reps,
            rep -> smart.findInBook(owner(rep % data.bigBooks), Optional.empty()).size()),
        Timings.measure("adapter holdersOf(), a number in a book", warmup, reps,
            rep -> books.holdersOf(new CloudId(BenchData.CLOUD),
                new PhoneNumber("+" + Measurements.bookNumber(data, rep))).size()));
  }

  /** Reads the book through the adapter: proves the bench's JSON bodies are what it reads. */
  int contactsOf(int u) {
    return books.find(owner(u)).orElseThrow().size();
  }

  int smartContactsOf(int u) {
    return smart.findInBook(owner(u), Optional.empty()).size();
  }

  /** The principal of book user u, as the access token stores it. */
  Principal principal(int u) {
    return new Principal(new CloudId(BenchData.CLOUD), new NetworkId(data.network(u)),
        new SipUsername(data.username(u)), List.of(new PhoneNumber("+" + data.smartDigits(u))),
        new SipUri(data.sipUri(u)));
  }

  /** Issues a bearer token for user u, valid for 30 days; bench data only. */
  AccessToken issueToken(int u) {
    AccessToken token = AccessToken.generate(new SecureRandom());
    Instant now = Instant.now();
    context.getBean(AccessTokensPersistenceAdapter.class).save(new IssuedToken(token.digest(),
        principal(u), now, now.plus(Duration.ofDays(30)), false));
    return token;
  }

  @Override
  public void close() {
    context.close();
  }
}
