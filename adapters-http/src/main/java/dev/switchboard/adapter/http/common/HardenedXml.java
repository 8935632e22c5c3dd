package dev.switchboard.adapter.http.common;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Jackson XML, hardened: a DOCTYPE is refused outright, no DTDs, no external entities, no entity
 * expansion, bounded depth; characters XML cannot carry are replaced on output.
 */
@Singleton
public final class HardenedXml {
  private static final String DOCTYPE_REFUSED = "XML with a DOCTYPE is not accepted.";
  private static final String MALFORMED = "The XML body is not well-formed XML.";
  private final XMLInputFactory inputs;
  private final WstxOutputFactory outputs;
  private final XmlMapper mapper;
  /** One writer per root element name (a handful, all fixed in code): built once, reused. */
  private final Map<String, ObjectWriter> writers = new ConcurrentHashMap<>();

  public HardenedXml() {
    this.inputs = hardenedInputs();
    this.outputs = new WstxOutputFactory();
    outputs.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
        new InvalidCharHandler.ReplacingHandler('\uFFFD'));
    this.mapper = new XmlMapper(
        XmlFactory.builder().xmlInputFactory(inputs).xmlOutputFactory(outputs).build());
  }

  /** Applies the input hardening to a factory (also used for Micronaut's own XML mapper). */
  static void harden(XMLInputFactory factory) {
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    if (factory.isPropertySupported(WstxInputProperties.P_MAX_ELEMENT_DEPTH)) {
      factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 32);
    }
  }

  /** Parses a document into a tree of its root element's content. */
  public JsonNode read(byte[] document) {
    refuseDtdsAndEntities(document);
    try {
      return mapper.readTree(document);
    } catch (IOException | RuntimeException e) {
      throw WireException.badRequest(MALFORMED);
    }
  }

  /**
   * Walks the whole document once before Jackson sees it: refuses a DOCTYPE and any entity
   * reference left unexpanded (Jackson would silently drop it), and checks well-formedness.
   */
  private void refuseDtdsAndEntities(byte[] document) {
    XMLStreamReader reader = null;
    try {
      reader = inputs.createXMLStreamReader(new ByteArrayInputStream(document));
      for (int event = reader.getEventType(); ; event = reader.next()) {
        if (event == XMLStreamConstants.DTD) {
          throw WireException.badRequest(DOCTYPE_REFUSED);
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw WireException.badRequest("XML entity references are not accepted.");
        }
        if (event == XMLStreamConstants.END_DOCUMENT) {
          return;
        }
      }
    } catch (XMLStreamException e) {
      throw WireException.badRequest(MALFORMED);
    } finally {
      close(reader);
    }
  }

  /**
   * Writes {@code content} as the children of a {@code root} element. A flat object (only
   * strings, numbers and booleans: most answers) is streamed straight to Woodstox; anything
   * else goes through Jackson's XML mapper. Both give the same document.
   */
  public String write(String root, ObjectNode content) {
    return isFlat(content) ? writeFlat(root, content) : writeTree(root, content);
  }

  /** The general path: Jackson's XML mapper over the tree. */
  String writeTree(String root, ObjectNode content) {
    try {
      return writers.computeIfAbsent(root, r -> mapper.writer().withRootName(r))
          .writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isFlat(ObjectNode content) {
    for (JsonNode value : content) {
      if (!(value.isTextual() || value.isNumber() || value.isBoolean())) {
        return false;
      }
    }
    return true;
  }

  private String writeFlat(String root, ObjectNode content) {
    StringWriter text = new StringWriter(128);
    try {
      XMLStreamWriter xml = outputs.createXMLStreamWriter(text);
      xml.writeStartElement(root);
      for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        xml.writeStartElement(field.getKey());
        xml.writeCharacters(field.getValue().asText());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    return text.toString();
  }

  private static XMLInputFactory hardenedInputs() {
    WstxInputFactory factory = new WstxInputFactory();
    harden(factory);
    return factory;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing was held open: the input is an in-memory array
      }
    }
  }
}
