package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.ADMIN_TOKEN;
import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.switchboard.adapter.http.portal.PortalDeployment;
import dev.switchboard.adapter.http.portal.PortalService;
import dev.switchboard.adapter.http.portal.PortalTemplates;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.domain.tenant.CloudId;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The portal settings generator can never drift from the endpoints: every setting it prints
 * (parsed back from its XML and text output) is filled the way the app fills it and sent over a
 * real socket to the running service, which must accept it. A service added to
 * {@link PortalTemplates} without an exercise here fails the test.
 */
class PortalSettingsE2EIT {
  private static final XmlMapper XML = new XmlMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .build();

  @TempDir
  Path dataDir;

  @Test
  void everyPrintedTemplate_filledLikeTheApp_isAcceptedByTheRunningService() throws Exception {
    try (Receiver receiver = Receiver.start();
        RunningSwitchboard sb = RunningSwitchboard.start(dataDir, Map.of(
            "switchboard.callthrough.rules[0].name", "pin",
            "switchboard.callthrough.rules[0].access-numbers", List.of("+12025550100"),
            "switchboard.callthrough.rules[0].template",
            "%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#"))) {
      String base = sb.baseUrl();
      Map<String, String> printed = printedXml(base, receiver.url());
      assertThat(printedText(base, receiver.url())).as("text and XML output agree")
          .isEqualTo(printed);

      List<PortalService> services = PortalTemplates.forDeployment(
          new PortalDeployment(base, new CloudId("DEMO"), receiver.url()));
      Set<String> keys = new LinkedHashSet<>();
      services.forEach(s -> s.settings().forEach(setting -> keys.add(setting.key())));
      assertThat(printed.keySet()).containsExactlyInAnyOrderElementsOf(keys);

      Flow flow = new Flow(sb, receiver);
      Set<String> exercised = new LinkedHashSet<>();
      for (PortalService service : services) {
        HttpResponse<String> answer = flow.exercise(service, printed);
        assertThat(answer.statusCode()).as(service.name() + " answered " + answer.body())
            .isBetween(200, 299);
        exercised.add(service.name());
      }
      assertThat(exercised).hasSameSizeAs(services);
    }
  }

  /** The app's state through the sign-in, and how it calls each service. */
  private final class Flow {
    private final RunningSwitchboard sb;
    private final Receiver receiver;
    private final Map<String, String> values = new HashMap<>();
    private JsonNode account;

    Flow(RunningSwitchboard sb, Receiver receiver) {
      this.sb = sb;
      this.receiver = receiver;
      values.put("phoneNumber", AccountFixtures.aNumber().e164());
      values.put("appid", "dev.switchboard.e2e");
      values.put("version", "1.5.6");
      values.put("installid", "3f0c1e9a-portal");
      values.put("fullcode", "DEMO*");
    }

    HttpResponse<String> exercise(PortalService service, Map<String, String> printed)
        throws Exception {
      switch (service.name()) {
        case "Phone Number Verifier":
          return send(service, printed, values);
        case "External Provisioning": {
          Map<String, String> v = new HashMap<>(values);
          v.put("username", values.get("phoneNumber"));
          v.put("password", pin(values.get("phoneNumber")));
          HttpResponse<String> answer = send(service, printed, v);
          assertThat(answer.statusCode()).as(service.name() + " answered " + answer.body())
              .isEqualTo(200);
          assertThat(answer.headers().firstValue("Content-Type").orElse(""))
              .startsWith("application/xml");
          account = XML.readTree(answer.body());
          values.put("account[username]", account.get("username").asText());
          values.put("account[password]", account.get("password").asText());
          values.put("account[callbackNumber]", account.get("callbackNumber").asText());
          return answer;
        }
        case "External Authentication": {
          // The SSO server calls it with fixed parameters (not a template): username, host,
          // password, cloud_id.
          String form = "username=" + enc(account.get("username").asText()) + "&host="
              + enc(account.get("host").asText()) + "&password="
              + enc(account.get("password").asText()) + "&cloud_id=DEMO";
          HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                  URI.create(printed.get(service.url().key())))
              .header("Content-Type", PortalTemplates.FORM)
              .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(answer.body()).contains(values.get("phoneNumber"));
          return answer;
        }
        case "Web Service Contacts (messaging contact source)": {
          HttpResponse<String> answer = send(service, printed, values);
          assertThat(JSON.readTree(answer.body()).has("contacts")).as(answer.body()).isTrue();
          return answer;
        }
        case "Web Callback": {
          Map<String, String> v = new HashMap<>(values);
          v.put("targetNumber", "+12025550177");
          HttpResponse<String> credit = sb.send("PUT", "/admin/accounts/"
              + values.get("account[username]") + "/credit", "application/json",
              "{\"credit\":\"5\"}", "Authorization", "Bearer " + ADMIN_TOKEN);
          assertThat(credit.statusCode()).as(credit.body()).isEqualTo(200);
          HttpResponse<String> answer = send(service, printed, v);
          assertThat(answer.body()).as(answer.body()).contains("callId");
          return answer;
        }
        case "Web Call-Through": {
          Map<String, String> v = new HashMap<>(values);
          v.put("targetNumber", "+12025550177");
          HttpResponse<String> answer = send(service, printed, v);
          assertThat(answer.body()).as(answer.body()).contains("+12025550100");
          return answer;
        }
        case "Smart contact notification (Switchboard to your receiver)":
          return notification(service, printed);
        default:
          throw new AssertionError("No exercise for the printed service '" + service.name()
              + "': add one here so its templates are proven against the running service");
      }
    }

    /**
     * Switchboard sends this one: a Switchboard configured with the printed settings notifies
     * the receiver (at the printed URL) when a number in someone's book becomes smart.
     */
    private HttpResponse<String> notification(PortalService service, Map<String, String> printed)
        throws Exception {
      Map<String, Object> props = WebhookHarness.webhookProperties(dataDir.resolve("webhook"),
          printed.get(service.url().key()),
          printed.get(service.postData().orElseThrow().key()),
          printed.get(service.contentType().orElseThrow().key()));
      dev.switchboard.domain.phone.PhoneNumber number = AccountFixtures.aNumber();
      try (WebhookHarness harness = WebhookHarness.start(props)) {
        harness.holder(number, "portal-phone");
        harness.becomeSmart(number);
        String body = receiver.await(60);
        JsonNode sent = JSON.readTree(body);
        assertThat(sent.get("newSmartNumber").asText()).contains(number.e164().substring(1));
        assertThat(sent.get("networkId").asText()).isEqualTo("DEMO");
        assertThat(sent.get("interestedParties").isArray()).as(body).isTrue();
        assertThat(sent.get("interestedParties").get(0).get("device").asText())
            .isEqualTo("portal-phone");
      }
      return receiver.lastAnswer();
    }

    private HttpResponse<String> send(PortalService service, Map<String, String> printed,
        Map<String, String> v) throws Exception {
      String url = AppTemplates.fillUrl(printed.get(service.url().key()), v);
      String method = service.methodSetting().map(s -> printed.get(s.key()))
          .orElse(service.postData().isPresent() ? "POST" : "GET");
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
          .header("User-Agent", "CloudSoftphone/1.5.6");
      if (method.equals("POST")) {
        String contentType = service.contentType().map(s -> printed.get(s.key()))
            .orElse(PortalTemplates.FORM);
        String body = AppTemplates.fillBody(
            service.postData().map(s -> printed.get(s.key())).orElse(""), contentType, v);
        request.header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
      } else {
        request.GET();
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String pin(String number) throws Exception {
      HttpResponse<String> sms = sb.get("/admin/dev/sms?number=" + enc(number),
          "Authorization", "Bearer " + ADMIN_TOKEN);
      assertThat(sms.statusCode()).as(sms.body()).isEqualTo(200);
      return JSON.readTree(sms.body()).get("pin").asText();
    }
  }

  private static Map<String, String> printedXml(String base, String receiver) throws Exception {
    CliRun run = CliRun.run(Map.of(), "portal-settings", "--base-url", base, "--cloud-id", "DEMO",
        "--notification-url", receiver, "--format", "xml");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).as("plain HTTP is warned about").contains("not HTTPS");
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("prefKeys");
    Map<String, String> out = new LinkedHashMap<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        assertThat(out.put(e.getTagName(), e.getTextContent())).as(e.getTagName()).isNull();
      }
    }
    return out;
  }

  private static Map<String, String> printedText(String base, String receiver) {
    CliRun run = CliRun.run(Map.of(), "portal-settings", "--base-url", base, "--cloud-id", "DEMO",
        "--notification-url", receiver);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : run.out().split("\n")) {
      int eq = line.indexOf(" = ");
      if (!line.startsWith("#") && !line.startsWith("[") && eq > 0) {
        out.put(line.substring(0, eq), line.substring(eq + 3));
      }
    }
    return out;
  }

  @Test
  void badBaseUrl_isAUsageErrorNamingIt() {
    CliRun run = CliRun.run(Map.of(), "portal-settings", "--base-url", "ftp://x", "--cloud-id",
        "DEMO");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
    assertThat(run.err()).contains("ftp://x");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingCloudId_isAUsageError() {
    CliRun run = CliRun.run(Map.of(), "portal-settings", "--base-url", "https://sb.example.com");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--cloud-id");
  }

}
