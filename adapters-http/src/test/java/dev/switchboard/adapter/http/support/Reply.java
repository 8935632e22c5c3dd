package dev.switchboard.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** An HTTP answer as a user's app sees it, with parsers for each wire format. */
public record Reply(int status, HttpHeaders headers, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public String contentType() {
    return headers.firstValue("Content-Type").orElse("");
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The body as a DOM, parsed by a JDK parser that refuses DTDs. */
  public Element xml() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document doc = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      return doc.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("Not XML: " + body, e);
    }
  }

  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }

  public Map<String, String> form() {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  /** The text of the root's only direct child called {@code name}. */
  public static String child(Element parent, String name) {
    Element found = null;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        assertThat(found).as("a single <%s>", name).isNull();
        found = e;
      }
    }
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).isNotNull();
    return found.getTextContent();
  }

  /** The user-facing message, read according to the response Content-Type. */
  public String message() {
    String type = contentType();
    if (type.startsWith("application/xml")) {
      return child(xml(), "message");
    }
    if (type.startsWith("application/json")) {
      return json().path("message").asText();
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return form().getOrDefault("message", "");
    }
    throw new AssertionError("Unexpected content type '" + type + "': " + body);
  }

  @Override
  public String toString() {
    return "Reply[" + status + ", " + contentType() + ", " + body + "]";
  }
}
