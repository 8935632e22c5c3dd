package dev.switchboard.adapter.http.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Address books in the contact JSON format, and the bearer-token calls that carry them. */
public final class Books {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Books() {}

  /** A contact whose tel entries hold {@code rawNumbers} as a user typed them. */
  public static ObjectNode contact(String contactId, String name, String... rawNumbers) {
    ObjectNode c = JSON.createObjectNode().put("contactId", contactId).put("displayName", name)
        .put("fname", name).put("lname", "Test").put("company", "ACME");
    ArrayNode entries = c.putArray("contactEntries");
    for (int i = 0; i < rawNumbers.length; i++) {
      entries.addObject().put("entryId", "tel:" + i).put("label", "mobile").put("type", "tel")
          .put("uri", rawNumbers[i]);
    }
    return c;
  }

  /** {@code {"contacts":[…]}}. */
  public static String book(ObjectNode... contacts) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("contacts");
    for (ObjectNode c : contacts) {
      list.add(c);
    }
    return body.toString();
  }

  public static Reply put(Wire wire, String token, String device, String json) {
    return send(wire, "PUT", token, device, json);
  }

  public static Reply patch(Wire wire, String token, String device, String json) {
    return send(wire, "PATCH", token, device, json);
  }

  private static Reply send(Wire wire, String method, String token, String device, String json) {
    return wire.send(method, "/contacts/sync/" + device, "application/json",
        json.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);
  }
}
