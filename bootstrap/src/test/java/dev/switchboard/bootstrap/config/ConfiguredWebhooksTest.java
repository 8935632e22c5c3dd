package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.InterestedParty;
import dev.switchboard.domain.webhook.NewSmartContact;
import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.SmartContactTemplate;
import dev.switchboard.domain.webhook.SmartContactWebhook;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Start-up checks of the webhook settings, and injection attempts parsed back. */
class ConfiguredWebhooksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED_JSON = "{ \"newSmartNumber\" : \"%new_smart_number%\", "
      + "\"networkId\" : \"%network_id%\", \"newSmartUri\" : \"%new_smart_uri%\", "
      + "\"interestedParties\" : \"%interestedParties%\" }";
  private static final String HOSTILE_XML = "<root><n a=\"%network_id%\">%new_smart_number%</n>"
      + "<interested_parties>%interestedParties%</interested_parties></root>";
  /** Usernames and devices that try to break out of their string or element. */
  private static final List<String> HOSTILE = List.of("a\"b", "x\",\"admin\":true,\"y\":\"",
      "</username><admin>1</admin><username>", "&amp; &lt; &#x41; & <", "line1\nline2\r\n\t",
      "Žluťoučký kůň 😀 \u2028", "%network_id%", "%interestedParties%", "100% %new_smart_uri%",
      "\\\"\\u0022", "]]><!--", "\u0000\u0001\u001f");

  private static AppSettings app(String template, String contentType) {
    AppSettings s = new AppSettings("acme");
    s.setCloudId("ACME");
    s.setSipDomain("sip.acme.example");
    s.setSmartContactNotificationUrl("https://hooks.acme.example/smart");
    s.setSmartContactNotificationPostData(template);
    s.setSmartContactNotificationContentType(contentType);
    return s;
  }

  @Test
  void givenTheSeedTemplate_theWebhookIsConfigured() {
    AppSettings s = app(SEED_JSON, "application/json");
    s.setSmartContactNotificationSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    s.setSmartContactNotificationBatchSize(250);

    SmartContactWebhook hook = new ConfiguredWebhooks(List.of(s)).find(new CloudId("ACME"))
        .orElseThrow();

    assertThat(hook.format()).isEqualTo(PayloadFormat.JSON);
    assertThat(hook.batchSize()).isEqualTo(250);
    assertThat(hook.secret()).isPresent();
  }

  @Test
  void givenNoUrl_thereIsNoWebhook() {
    AppSettings s = app(SEED_JSON, "application/json");
    s.setSmartContactNotificationUrl(null);

    assertThat(new ConfiguredWebhooks(List.of(s)).all()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"n\":\"%new_smart_number%\",\"who\":\"%username%\"}|application/json|post-data: Unknown placeholder '%username%'",
      "{\"n\":\"%new_smart_number%\"|application/json|not well-formed JSON",
      "{\"n\":\"%new_smart_number%\"} trailing|application/json|not well-formed JSON",
      "<root><n>%new_smart_number%</root>|application/xml|not well-formed XML",
      "<root a=\"%interestedParties%\"/>|application/xml|not well-formed XML",
      "<!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;%new_smart_number%</r>|application/xml|not well-formed XML",
      "{\"n\":1}|text/plain|content-type: Content type 'text/plain' is not supported"})
  void givenABadTemplate_theStartStopsWithTheProperty(String row) {
    String[] parts = row.split("\\|");
    assertThatThrownBy(() -> new ConfiguredWebhooks(List.of(app(parts[0], parts[1]))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("switchboard.apps.acme.smart-contact-notification-")
        .hasMessageContaining(parts[2]);
  }

  @Test
  void givenABadSecretOrUrl_theStartStopsWithTheProperty() {
    AppSettings badSecret = app(SEED_JSON, "application/json");
    badSecret.setSmartContactNotificationSecret("hunter2");
    AppSettings badUrl = app(SEED_JSON, "application/json");
    badUrl.setSmartContactNotificationUrl("ftp://hooks.acme.example/");

    assertThatThrownBy(() -> new ConfiguredWebhooks(List.of(badSecret)))
        .hasMessageContaining("smart-contact-notification-secret").hasMessageContaining("whsec_")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> new ConfiguredWebhooks(List.of(badUrl)))
        .hasMessageContaining("smart-contact-notification-url");
  }

  @Test
  void hostileUsernamesAndDevices_parseBackExactly_inJson() throws Exception {
    SmartContactTemplate t = SmartContactTemplate.compile(SEED_JSON, PayloadFormat.JSON);
    List<InterestedParty> parties = HOSTILE.stream()
        .map(v -> new InterestedParty(v, "dev-" + v)).toList();
    NewSmartContact contact = new NewSmartContact("+12025550123", "net\"}", "sip:a@b.example");

    JsonNode body = JSON.readTree(t.render(contact, parties));

    assertThat(body.size()).isEqualTo(4);
    assertThat(body.get("networkId").asText()).isEqualTo("net\"}");
    assertThat(body.get("interestedParties").size()).isEqualTo(HOSTILE.size());
    for (int i = 0; i < HOSTILE.size(); i++) {
      JsonNode p = body.get("interestedParties").get(i);
      assertThat(p.size()).isEqualTo(2);
      assertThat(p.get("username").asText()).isEqualTo(HOSTILE.get(i));
      assertThat(p.get("device").asText()).isEqualTo("dev-" + HOSTILE.get(i));
    }
  }

  @Test
  void hostileUsernamesAndDevices_parseBackExactly_inXml_evenInAttributes() throws Exception {
    SmartContactTemplate t = SmartContactTemplate.compile(HOSTILE_XML, PayloadFormat.XML);
    List<String> xmlSafe = HOSTILE.stream().filter(v -> !v.startsWith("\u0000")).toList();
    List<InterestedParty> parties = xmlSafe.stream()
        .map(v -> new InterestedParty(v, "dev-" + v)).toList();
    NewSmartContact contact = new NewSmartContact("+12025550123", "a\"b<c>&'\n", "sip:a@b");

    String body = t.render(contact, parties);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(body)))
        .getDocumentElement();

    assertThat(((Element) root.getElementsByTagName("n").item(0)).getAttribute("a"))
        .isEqualTo("a\"b<c>&'\n");
    assertThat(root.getElementsByTagName("admin").getLength()).isZero();
    NodeList ps = root.getElementsByTagName("interested_party");
    assertThat(ps.getLength()).isEqualTo(xmlSafe.size());
    for (int i = 0; i < xmlSafe.size(); i++) {
      Element p = (Element) ps.item(i);
      assertThat(p.getElementsByTagName("username").item(0).getTextContent())
          .isEqualTo(xmlSafe.get(i));
      assertThat(p.getElementsByTagName("device").item(0).getTextContent())
          .isEqualTo("dev-" + xmlSafe.get(i));
    }
  }

  @Test
  void controlCharacters_inXml_becomeReplacementCharacters_andTheDocumentStaysWellFormed()
      throws Exception {
    SmartContactTemplate t = SmartContactTemplate.compile(HOSTILE_XML, PayloadFormat.XML);
    String body = t.render(new NewSmartContact("+1", "n", "u"),
        List.of(new InterestedParty("\u0000\u0001\u001f", "d")));

    String text = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(body))).getElementsByTagName("username").item(0)
        .getTextContent();
    assertThat(text).isEqualTo("\uFFFD\uFFFD\uFFFD");
  }
}
