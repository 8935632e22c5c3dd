package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HardenedXmlTest {
  private final HardenedXml xml = new HardenedXml();

  private JsonNode read(String document) {
    return xml.read(document.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givenPredefinedAndCharacterEntities_read_expandsThem() {
    JsonNode tree = read("<r><a>x &amp; y &lt;z&gt; &#43;&#x31;</a><b/></r>");

    assertThat(tree.get("a").asText()).isEqualTo("x & y <z> +1");
    assertThat(tree.get("b").asText()).isEmpty();
  }

  @Test
  void givenInternalSubsetWithoutEntities_read_refusesTheDoctypeAnyway() {
    assertThatThrownBy(() -> read("<!DOCTYPE r [<!ELEMENT r ANY>]><r/>"))
        .isInstanceOf(WireException.class)
        .hasMessage("XML with a DOCTYPE is not accepted.");
  }

  @Test
  void givenExternalDtdReference_read_refusesWithoutFetching() {
    assertThatThrownBy(() -> read("<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\"><r/>"))
        .hasMessage("XML with a DOCTYPE is not accepted.");
  }

  @Test
  void givenXIncludeAttempt_read_doesNotInclude() {
    JsonNode tree = read("<r xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
        + "<a><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></a></r>");

    assertThat(tree.toString()).doesNotContain("root:");
  }

  @Test
  void givenReservedCharacters_write_escapesThem() {
    ObjectNode node = new ObjectMapper().createObjectNode()
        .put("title", "A & <B> \"C\" ]]>")
        .put("odd", "nul\u0000bell\u0007");

    String written = xml.write("account", node);

    assertThat(written).startsWith("<account><title>A &amp; &lt;B> \"C\" ]]&gt;</title>");
    assertThat(written).doesNotContain("\u0000", "\u0007");
    assertThat(read(written).get("title").asText()).isEqualTo("A & <B> \"C\" ]]>");
  }

  @Test
  void flatObjects_streamedDirectly_giveJacksonsDocumentExactly() {
    ObjectNode node = new ObjectMapper().createObjectNode()
        .put("dialString", "+15551231234,,%account[x-cth-pin]%#12345678#")
        .put("title", "A & <B> \"C\" ]]> 'q' \u00e9\u4e2d\ud83d\ude00")
        .put("odd", "nul\u0000bell\u0007 tab\t nl\n cr\r")
        .put("empty", "")
        .put("spaces", "  lead and trail  ")
        .put("int", 42)
        .put("long", 12_345_678_901L)
        .put("decimal", new java.math.BigDecimal("10.5000"))
        .put("double", 1.25)
        .put("yes", true)
        .put("no", false);

    assertThat(xml.write("response", node)).isEqualTo(xml.writeTree("response", node));
    assertThat(read(xml.write("response", node)).get("title").asText())
        .isEqualTo(node.get("title").asText());
  }

  @Test
  void nestedObjects_goThroughJackson() {
    ObjectNode node = new ObjectMapper().createObjectNode().put("a", "1");
    node.putArray("items").add("x").add("y");

    assertThat(xml.write("response", node)).isEqualTo(xml.writeTree("response", node))
        .contains("<items>x</items><items>y</items>");
  }
}
