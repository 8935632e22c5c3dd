package dev.switchboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmartContactTemplateTest {
  static final String SEED_JSON = "{ \"newSmartNumber\" : \"%new_smart_number%\", "
      + "\"networkId\" : \"%network_id%\", \"newSmartUri\" : \"%new_smart_uri%\", "
      + "\"interestedParties\" : \"%interestedParties%\" }";
  static final String SEED_XML = "<root> <new_smart_number>%new_smart_number%</new_smart_number>"
      + " <network_id>%network_id%</network_id> <new_smart_uri>%new_smart_uri%</new_smart_uri>"
      + " <interested_parties>%interestedParties%</interested_parties> </root>";
  private static final NewSmartContact JOHN =
      new NewSmartContact("+15551231234", "mynetwork", "johnsnow@pbx.acrobits.net");
  private static final List<InterestedParty> ERIC =
      List.of(new InterestedParty("eric", "erics_iphone"));

  @Test
  void givenSeedJsonTemplate_quotedPartyPlaceholder_becomesAnArray() {
    String body = SmartContactTemplate.compile(SEED_JSON, PayloadFormat.JSON).render(JOHN, ERIC);

    assertThat(body).isEqualTo("{ \"newSmartNumber\" : \"+15551231234\", \"networkId\" : "
        + "\"mynetwork\", \"newSmartUri\" : \"johnsnow@pbx.acrobits.net\", \"interestedParties\" : "
        + "[{\"username\":\"eric\",\"device\":\"erics_iphone\"}] }");
  }

  @Test
  void givenUnquotedPartyPlaceholder_isTheSameArray() {
    String body = SmartContactTemplate.compile("{\"p\":%interestedParties%}", PayloadFormat.JSON)
        .render(JOHN, List.of(new InterestedParty("a", "b"), new InterestedParty("c", "d")));

    assertThat(body).isEqualTo(
        "{\"p\":[{\"username\":\"a\",\"device\":\"b\"},{\"username\":\"c\",\"device\":\"d\"}]}");
  }

  @Test
  void givenSeedXmlTemplate_partiesAreRepeatedElements() {
    String body = SmartContactTemplate.compile(SEED_XML, PayloadFormat.XML).render(JOHN, ERIC);

    assertThat(body).contains("<new_smart_number>+15551231234</new_smart_number>")
        .contains("<interested_parties><interested_party><username>eric</username>"
            + "<device>erics_iphone</device></interested_party></interested_parties>");
  }

  @Test
  void givenHostileValuesInJson_theyStayInsideTheirStrings() {
    InterestedParty evil = new InterestedParty("a\"b\\c\n</x>&", "d\u0000e\u2028%network_id%");
    String body = SmartContactTemplate.compile("{\"p\":%interestedParties%}", PayloadFormat.JSON)
        .render(JOHN, List.of(evil));

    assertThat(body).isEqualTo("{\"p\":[{\"username\":\"a\\\"b\\\\c\\n\\u003c/x\\u003e\\u0026\","
        + "\"device\":\"d\\u0000e\\u2028%network_id%\"}]}");
  }

  @Test
  void givenHostileValuesInXml_theyAreEscapedAndNeverExpandedAgain() {
    InterestedParty evil = new InterestedParty("</username><admin/>&x;", "'\"\r\n\u0001%new_smart_uri%");
    String body = SmartContactTemplate.compile("<r>%interestedParties%</r>", PayloadFormat.XML)
        .render(JOHN, List.of(evil));

    assertThat(body).isEqualTo("<r><interested_party><username>&lt;/username&gt;&lt;admin/&gt;"
        + "&amp;x;</username><device>&apos;&quot;&#13;&#10;\uFFFD%new_smart_uri%</device>"
        + "</interested_party></r>");
  }

  @Test
  void givenScalarOutsideAJsonString_itIsQuoted() {
    NewSmartContact sneaky = new NewSmartContact("1, \"admin\": true", "n", "u");
    String body = SmartContactTemplate.compile("{\"n\": %new_smart_number%}", PayloadFormat.JSON)
        .render(sneaky, ERIC);

    assertThat(body).isEqualTo("{\"n\": \"1, \\\"admin\\\": true\"}");
  }

  @Test
  void givenUnicode_itIsKeptAndLoneSurrogatesAreReplaced() {
    InterestedParty p = new InterestedParty("Žluťoučký 😀", "x\uD800y");
    String json = SmartContactTemplate.compile("%interestedParties%", PayloadFormat.JSON)
        .render(JOHN, List.of(p));
    String xml = SmartContactTemplate.compile("<r>%interestedParties%</r>", PayloadFormat.XML)
        .render(JOHN, List.of(p));

    assertThat(json).contains("Žluťoučký 😀").contains("x\\ufffdy");
    assertThat(xml).contains("Žluťoučký 😀").contains("x\uFFFDy");
  }

  @Test
  void givenUnknownPlaceholder_compileNamesIt() {
    assertThatThrownBy(() -> SmartContactTemplate.compile("{\"a\":\"%username%\"}",
        PayloadFormat.JSON)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'%username%'");
  }

  @Test
  void givenPartiesInsideALongerJsonString_compileRefusesIt() {
    assertThatThrownBy(() -> SmartContactTemplate.compile("{\"a\":\"who: %interestedParties%\"}",
        PayloadFormat.JSON)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON array");
  }

  @Test
  void givenPercentSignsThatAreNoPlaceholder_theyAreLiteral() {
    String body = SmartContactTemplate.compile("{\"a\":\"100% %new_smart_number%\"}",
        PayloadFormat.JSON).render(JOHN, ERIC);

    assertThat(body).isEqualTo("{\"a\":\"100% +15551231234\"}");
  }
}
