package dev.switchboard.bootstrap.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.webhook.InterestedParty;
import dev.switchboard.domain.webhook.NewSmartContact;
import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.SmartContactTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Expands a template with awkward sample values (quotes, markup, newlines, non-ASCII) and parses
 * the result: JSON with Jackson (strict, one document), XML with a hardened JDK parser.
 */
final class TemplateCheck {
  private static final NewSmartContact SAMPLE =
      new NewSmartContact("+12025550123", "net\"<&>'", "sip:alice@sip.example.com");
  private static final List<InterestedParty> PARTIES = List.of(
      new InterestedParty("eric \"<b>&amp;\n", "erics_iphone"),
      new InterestedParty("madelaine", "Žluť 😀 %network_id%"));
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonParser.Feature.ALLOW_COMMENTS);

  private TemplateCheck() {}

  static void wellFormed(SmartContactTemplate template) {
    String body = template.render(SAMPLE, PARTIES);
    if (template.format() == PayloadFormat.JSON) {
      try {
        JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalArgumentException("after expansion with sample values the body is not "
            + "well-formed JSON (" + firstLine(e.getMessage()) + ")");
      }
      return;
    }
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.newSAXParser().parse(new InputSource(new StringReader(body)), new DefaultHandler());
    } catch (Exception e) {
      throw new IllegalArgumentException("after expansion with sample values the body is not "
          + "well-formed XML (" + firstLine(e.getMessage()) + ")");
    }
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
