package dev.switchboard.adapter.http.extauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.http.common.HardenedXml;
import dev.switchboard.adapter.http.common.WireFormat;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a successful External Authentication answer, read by its Content-Type: XML
 * {@code <response><phoneNumbers><phoneNumber>…} or JSON {@code {"phoneNumbers":[…]}}, each
 * with an optional {@code sipUri}. Invalid numbers are skipped.
 */
record ExternalAuthAnswer(List<PhoneNumber> numbers, Optional<String> sipUri, int skipped) {

  /** @throws IllegalStateException when the body is not a readable answer */
  static ExternalAuthAnswer parse(byte[] body, Optional<String> contentType, HardenedXml xml,
      ObjectMapper json) {
    JsonNode tree = switch (format(body, contentType)) {
      case XML -> xml.read(body);
      case JSON -> readJson(body, json);
      case FORM -> throw new IllegalStateException("answered in an unsupported format");
    };
    if (!tree.isObject()) {
      tree = json.createObjectNode();
    }
    List<String> raw = new ArrayList<>();
    texts(tree.get("phoneNumbers"), raw, 0);
    List<PhoneNumber> numbers = new ArrayList<>();
    for (String r : raw) {
      try {
        numbers.add(PhoneNumber.parseE164(r));
      } catch (IllegalArgumentException invalid) {
        // skipped: a provider's bad number must not cost the user the rest
      }
    }
    JsonNode uri = tree.get("sipUri");
    Optional<String> sipUri = uri != null && uri.isValueNode() && !uri.asText().isBlank()
        ? Optional.of(uri.asText().strip()) : Optional.empty();
    return new ExternalAuthAnswer(List.copyOf(numbers), sipUri, raw.size() - numbers.size());
  }

  private static WireFormat format(byte[] body, Optional<String> contentType) {
    Optional<WireFormat> declared = contentType.flatMap(type -> {
      try {
        return WireFormat.of(MediaType.of(type));
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
    });
    if (declared.isPresent() && declared.get() != WireFormat.FORM) {
      return declared.get();
    }
    // No usable Content-Type: XML is the contract's default, JSON is recognised by its brace.
    String start = new String(body, 0, Math.min(body.length, 64)).stripLeading();
    return start.startsWith("{") ? WireFormat.JSON : WireFormat.XML;
  }

  private static JsonNode readJson(byte[] body, ObjectMapper json) {
    try {
      JsonNode tree = json.readTree(body);
      return tree == null ? json.createObjectNode() : tree;
    } catch (IOException e) {
      throw new IllegalStateException("answered malformed JSON");
    }
  }

  /** Collects text values: a JSON array, XML repeated or single {@code <phoneNumber>}. */
  private static void texts(JsonNode node, List<String> out, int depth) {
    if (node == null || node.isNull() || depth > 3 || out.size() >= 1000) {
      return;
    }
    if (node.isValueNode()) {
      if (!node.asText().isBlank()) {
        out.add(node.asText());
      }
      return;
    }
    node.forEach(child -> texts(child, out, depth + 1));
  }
}
