package dev.switchboard.adapter.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a body in one of the wire formats into flat name/value pairs. */
final class BodyParameters {
  private final ObjectReader json;
  private final HardenedXml xml;

  BodyParameters(ObjectMapper objectMapper, HardenedXml xml) {
    this.json = objectMapper.reader()
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.xml = xml;
  }

  List<Map.Entry<String, String>> parse(WireFormat format, Charset charset, byte[] body) {
    return switch (format) {
      case FORM -> FormCodec.decode(new String(body, charset), charset);
      case JSON -> fromJson(body);
      case XML -> fromXml(body);
    };
  }

  private List<Map.Entry<String, String>> fromJson(byte[] body) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw WireException.badRequest("The JSON body is not valid JSON.");
    } catch (IOException e) {
      throw WireException.badRequest("The request body could not be read.");
    }
    if (tree == null || !tree.isObject()) {
      throw WireException.badRequest("The JSON body must be an object of string values.");
    }
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    tree.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (value.isTextual()) {
        pairs.add(Map.entry(field.getKey(), value.textValue()));
      } else if (!value.isNull()) {
        throw WireException.badRequest(
            "Parameter '" + shown(field.getKey()) + "' must be a JSON string.");
      }
    });
    return pairs;
  }

  private List<Map.Entry<String, String>> fromXml(byte[] body) {
    JsonNode tree = xml.read(body);
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (tree.isValueNode() && tree.asText().isBlank()) {
      return pairs;
    }
    if (!tree.isObject()) {
      throw WireException.badRequest(
          "The XML body must be a root element with one child element per parameter.");
    }
    tree.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (value.isArray()) {
        throw WireException.badRequest(
            "Element <" + shown(field.getKey()) + "> was given more than once.");
      }
      if (!value.isValueNode()) {
        throw WireException.badRequest(
            "Element <" + shown(field.getKey()) + "> must contain text only.");
      }
      pairs.add(Map.entry(field.getKey(), value.asText()));
    });
    return pairs;
  }


  private static String shown(String name) {
    String cut = name.length() > 64 ? name.substring(0, 64) : name;
    return cut.replaceAll("[^A-Za-z0-9_.\\-]", "?");
  }
}
