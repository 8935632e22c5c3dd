package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.port.out.account.AccountImport;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admin commands of the jar, run in process like a script would run them, against the
 * service's database (H2, and PostgreSQL when configured): results on stdout as JSON, messages on
 * stderr, documented exit codes, and imports that are all or nothing.
 */
class AdminCliE2EIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CloudId DEMO = new CloudId("DEMO");

  @TempDir
  Path dir;

  static Stream<Database> databases() {
    return Database.available();
  }

  private Map<String, Object> props(Database database) {
    Map<String, Object> props = new HashMap<>(database.properties());
    props.put("switchboard.data-dir", dir.toString());
    return props;
  }

  private CliRun admin(Database db, String... args) {
    String[] all = Stream.concat(Stream.of("admin"), Stream.of(args)).toArray(String[]::new);
    return CliRun.run(props(db), all);
  }

  private static JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void accounts_create_show_credit_keys_deprovision(Database db) throws Exception {
    String number = AccountFixtures.aNumber().e164();
    CliRun created = admin(db, "accounts", "create", "--cloud-id", "DEMO", "--number", number,
        "--credit", "3.00");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    JsonNode account = json(created);
    assertThat(account.get("status").asText()).isEqualTo("created");
    assertThat(account.get("numbers").get(0).asText()).isEqualTo(number);
    assertThat(account.get("credit").asText()).isEqualTo("3.0000");
    assertThat(created.out()).doesNotContain("password");
    String username = account.get("username").asText();

    CliRun again = admin(db, "accounts", "create", "--cloud-id", "DEMO", "--number", number);
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(5);
    assertThat(json(again).get("username").asText()).isEqualTo(username);
    assertThat(again.err()).contains("already has an account");

    CliRun byNumber = admin(db, "accounts", "show", "--number", number, "--cloud-id", "DEMO");
    assertThat(byNumber.exitCode()).as(byNumber.toString()).isZero();
    assertThat(json(byNumber).get("username").asText()).isEqualTo(username);

    CliRun credit = admin(db, "credit", "set", "--username", username, "--amount", "12.50");
    assertThat(credit.exitCode()).as(credit.toString()).isZero();
    assertThat(json(credit).get("credit").asText()).isEqualTo("12.5000");

    CliRun key = admin(db, "keys", "set", "--username", username, "--key", "x-cth-pin",
        "--value", "1234");
    assertThat(key.exitCode()).as(key.toString()).isZero();
    CliRun shown = admin(db, "accounts", "show", "--username", username);
    assertThat(json(shown).get("keys").get("x-cth-pin").asText()).isEqualTo("1234");
    assertThat(json(shown).get("credit").asText()).isEqualTo("12.5000");
    CliRun removed = admin(db, "keys", "remove", "--username", username, "--key", "x-cth-pin");
    assertThat(json(removed).get("keys").has("x-cth-pin")).isFalse();

    CliRun gone = admin(db, "accounts", "deprovision", "--username", username);
    assertThat(gone.exitCode()).as(gone.toString()).isZero();
    assertThat(json(gone).get("status").asText()).isEqualTo("deprovisioned");
    CliRun missing = admin(db, "accounts", "show", "--username", username);
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err()).contains("switchboard: error:").contains(username);
    assertThat(missing.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void badInput_givesTheDocumentedExitCodesAndMessages(Database db) {
    CliRun unknownAccount = admin(db, "credit", "set", "--username", "unosuchuser000000",
        "--amount", "1");
    assertThat(unknownAccount.exitCode()).as(unknownAccount.toString()).isEqualTo(3);
    CliRun unknownDeprovision = admin(db, "accounts", "deprovision", "--username",
        "unosuchuser000000");
    assertThat(unknownDeprovision.exitCode()).isEqualTo(3);
    CliRun unknownApp = admin(db, "accounts", "create", "--cloud-id", "NOPE", "--number",
        AccountFixtures.aNumber().e164());
    assertThat(unknownApp.exitCode()).as(unknownApp.toString()).isEqualTo(4);
    assertThat(unknownApp.err()).contains("NOPE");
    CliRun badNumber = admin(db, "accounts", "create", "--cloud-id", "DEMO", "--number", "12");
    assertThat(badNumber.exitCode()).as(badNumber.toString()).isEqualTo(4);
    CliRun badAmount = admin(db, "credit", "set", "--username", "unosuchuser000000",
        "--amount", "lots");
    assertThat(badAmount.exitCode()).as(badAmount.toString()).isEqualTo(4);
    CliRun noWhich = admin(db, "accounts", "show");
    assertThat(noWhich.exitCode()).as(noWhich.toString()).isEqualTo(2);
    CliRun unknownCommand = admin(db, "acounts", "show");
    assertThat(unknownCommand.exitCode()).isEqualTo(2);
    assertThat(unknownCommand.err()).contains("acounts");
    CliRun noDelivery = admin(db, "webhooks", "replay", "--id", "987654321");
    assertThat(noDelivery.exitCode()).as(noDelivery.toString()).isEqualTo(3);
    assertThat(noDelivery.err()).contains("987654321");
    CliRun replayWhich = admin(db, "webhooks", "replay");
    assertThat(replayWhich.exitCode()).as(replayWhich.toString()).isEqualTo(2);
    CliRun pools = admin(db, "import", "access-numbers", "x.csv");
    assertThat(pools.exitCode()).as(pools.toString()).isEqualTo(6);
    assertThat(pools.err()).contains("not available", "admin import dial-rules");
    CliRun noRules = admin(db, "import", "dial-rules", "--file", "x.csv");
    assertThat(noRules.exitCode()).as(noRules.toString()).isEqualTo(4);
    assertThat(noRules.err()).contains("no such file: x.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void importAccounts_allLines_withProgress(Database db) throws Exception {
    String a = AccountFixtures.aNumber().e164();
    String b = AccountFixtures.aNumber().e164();
    String c = AccountFixtures.aNumber().e164();
    Path csv = write("accounts.csv", "cloud_id,number,credit,x-cth-pin",
        "DEMO," + a + ",5.00,1111", "# a comment", "", "\"DEMO\",\"" + b + "\",,", "DEMO*," + c
            + ",1,");
    CliRun run = admin(db, "import", "accounts", csv.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(run).get("imported").asInt()).isEqualTo(3);
    assertThat(run.err()).contains("stored").contains("100%");
    JsonNode first = json(admin(db, "accounts", "show", "--number", a, "--cloud-id", "DEMO"));
    assertThat(first.get("credit").asText()).isEqualTo("5.0000");
    assertThat(first.get("keys").get("x-cth-pin").asText()).isEqualTo("1111");
    assertThat(admin(db, "accounts", "show", "--number", b, "--cloud-id", "DEMO").exitCode())
        .isZero();
    assertThat(admin(db, "accounts", "show", "--number", c, "--cloud-id", "DEMO").exitCode())
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void importAccounts_aBadLine_namesTheLine_andImportsNothing(Database db) throws Exception {
    String good = AccountFixtures.aNumber().e164();
    String existing = AccountFixtures.aNumber().e164();
    assertThat(admin(db, "accounts", "create", "--cloud-id", "DEMO", "--number", existing)
        .exitCode()).isZero();
    Map<String, String[]> cases = Map.of(
        "line 3: ", new String[] {"cloud_id,number", "DEMO," + good, "DEMO,not-a-number"},
        "line 3: expected 2 fields", new String[] {"cloud_id,number", "DEMO," + good, "DEMO"},
        "line 3: unknown Cloud ID 'NOPE'", new String[] {"cloud_id,number", "DEMO," + good,
            "NOPE," + AccountFixtures.aNumber().e164()},
        "line 3: " + existing + " already has an account", new String[] {"cloud_id,number",
            "DEMO," + good, "DEMO," + existing},
        "line 4: " + good + " is already on line 2", new String[] {"cloud_id,number",
            "DEMO," + good, "DEMO," + AccountFixtures.aNumber().e164(), "DEMO," + good},
        "line 3: a quoted field is not closed", new String[] {"cloud_id,number",
            "DEMO," + good, "DEMO,\"+1202"});
    for (Map.Entry<String, String[]> bad : cases.entrySet()) {
      CliRun run = admin(db, "import", "accounts", write("bad.csv", bad.getValue()).toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
      assertThat(run.err()).as(run.toString()).contains("switchboard: error: " + bad.getKey());
      assertThat(run.out()).isEmpty();
      assertThat(admin(db, "accounts", "show", "--number", good, "--cloud-id", "DEMO")
          .exitCode()).as("nothing of " + String.join("|", bad.getValue()) + " was stored")
          .isEqualTo(3);
    }
    CliRun noHeader = admin(db, "import", "accounts", write("h.csv", "DEMO," + good).toString());
    assertThat(noHeader.exitCode()).isEqualTo(4);
    assertThat(noHeader.err()).contains("header line needs a 'cloud_id' column");
    CliRun noFile = admin(db, "import", "accounts", dir.resolve("missing.csv").toString());
    assertThat(noFile.exitCode()).isEqualTo(4);
    assertThat(noFile.err()).contains("no such file");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void accountImport_isOneTransaction_evenWhenTheDatabaseRefusesALateRow(Database db) {
    String fresh = AccountFixtures.aNumber().e164();
    String existing = AccountFixtures.aNumber().e164();
    try (ApplicationContext context = ApplicationContext.run(props(db))) {
      Accounts accounts = context.getBean(Accounts.class);
      accounts.addIfAbsent(AccountFixtures.anAccountOn(DEMO,
          dev.switchboard.domain.phone.PhoneNumber.parseE164(existing), "s"));
      AccountImport store = context.getBean(AccountImport.class);
      // Past the use case's checks: the database itself refuses the second row.
      assertThatThrownBy(() -> store.addAll(List.of(
          AccountFixtures.anAccountOn(DEMO,
              dev.switchboard.domain.phone.PhoneNumber.parseE164(fresh), "s"),
          AccountFixtures.anAccountOn(DEMO,
              dev.switchboard.domain.phone.PhoneNumber.parseE164(existing), "s")), n -> { }))
          .isInstanceOf(RuntimeException.class);
      assertThat(accounts.findByNumber(DEMO,
          dev.switchboard.domain.phone.PhoneNumber.parseE164(fresh))).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void importAddressBooks_storesBooks_andRefusesAnUnknownAccountWhole(Database db)
      throws Exception {
    String owner = AccountFixtures.aNumber().e164();
    String username = json(admin(db, "accounts", "create", "--cloud-id", "DEMO", "--number",
        owner)).get("username").asText();
    Path good = write("books.csv", "username,device,contact_id,display_name,label,number",
        username + ",phone,1,Bob,mobile,(202) 555-0188",
        username + ",phone,1,Bob,work,+420 276 285 602",
        username + ",phone,2,\"Smith, Ann\",home,202-555-0199");
    CliRun run = admin(db, "import", "address-books", good.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(run).get("imported").asInt()).isEqualTo(1);

    Path bad = write("bad-books.csv", "username,device,contact_id,display_name,label,number",
        username + ",tablet,1,Carol,mobile,+12025550111",
        "unosuchuser000000,phone,1,Dan,mobile,+12025550122");
    CliRun refused = admin(db, "import", "address-books", bad.toString());
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
    assertThat(refused.err()).contains("line 3: unknown account 'unosuchuser000000'");

    try (ApplicationContext context = ApplicationContext.run(props(db))) {
      AddressBooks books = context.getBean(AddressBooks.class);
      SipUsername user = new SipUsername(username);
      assertThat(books.find(new BookOwner(DEMO, user, new DeviceId("phone"))))
          .hasValueSatisfying(b -> assertThat(b.size()).isEqualTo(2));
      assertThat(books.find(new BookOwner(DEMO, user, new DeviceId("tablet")))).isEmpty();
      assertThat(books.numbersOfUser(DEMO, user)).extracting(n -> n.e164())
          .contains("+12025550188", "+420276285602", "+12025550199");
    }
  }

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }
}
