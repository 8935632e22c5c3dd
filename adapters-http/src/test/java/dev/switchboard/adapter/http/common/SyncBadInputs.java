package dev.switchboard.adapter.http.common;

import static dev.switchboard.adapter.http.common.ApiCorpus.JSON;
import static dev.switchboard.adapter.http.common.ApiCorpus.bytes;
import static dev.switchboard.adapter.http.common.ApiCorpus.latin1;

import dev.switchboard.adapter.http.common.ApiCorpus.Case;
import dev.switchboard.adapter.http.common.ApiCorpus.Errors;
import dev.switchboard.adapter.http.common.ApiCorpus.Request;
import java.util.ArrayList;
import java.util.List;

/** Broken contact sync uploads (PUT and PATCH) and bad device ids (sync and Smart query). */
final class SyncBadInputs {
  private static final String OK_CONTACT = "{\"contactId\":\"1\",\"displayName\":\"One\"}";
  private static final List<String> BAD_DEVICES = List.of("..", "-lead", "a%20b", "%00",
      "d".repeat(200), "%E2%80%AEphone", "a%2Fb", "%F0%9F%93%B1", "a%0D%0Ab", "%2E%2E",
      "phone%3Cscript%3E", "%C3%A9");

  private SyncBadInputs() {}

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    for (String method : List.of("PUT", "PATCH")) {
      bodies(c, method);
    }
    put(c, "PUT", "deleted on a full upload", "{\"contacts\":[],\"deleted\":[\"1\"]}", 400);
    put(c, "PUT", "contacts missing", "{\"other\":[]}", 400);
    put(c, "PUT", "more contacts than a book holds",
        "{\"contacts\":[" + (OK_CONTACT + ",").repeat(20_000) + OK_CONTACT + "]}", 413);
    for (String device : BAD_DEVICES) {
      String name = "device '" + (device.length() > 20 ? device.substring(0, 20) : device) + "'";
      c.add(new Case("/contacts/sync", name, Errors.JSON, x -> new Request("PUT",
          "/contacts/sync/" + device, JSON, bytes("{\"contacts\":[]}"), "Authorization",
          x.bearer()), 0));
      c.add(new Case("/smart/contacts", name, Errors.JSON, x -> new Request("GET",
          "/smart/contacts/" + device, null, null, "Authorization", x.bearer()), 0));
    }
    return List.copyOf(c);
  }

  private static void bodies(List<Case> c, String m) {
    put(c, m, "malformed JSON", "{\"contacts\":[" + OK_CONTACT, 400);
    put(c, m, "JSON array body", "[" + OK_CONTACT + "]", 400);
    put(c, m, "JSON string body", "\"contacts\"", 400);
    put(c, m, "JSON null body", "null", 400);
    put(c, m, "empty body", "", 400);
    put(c, m, "JSON deep nesting", "{\"contacts\":" + ApiCorpus.deep(5000) + "}", 400);
    put(c, m, "JSON deep junk in an ignored field",
        "{\"contacts\":[],\"x\":" + ApiCorpus.deep(5000) + "}", 400);
    put(c, m, "JSON duplicate keys", "{\"contacts\":[],\"contacts\":[]}", 400);
    put(c, m, "JSON trailing tokens", "{\"contacts\":[]} {}", 400);
    add(c, m, "JSON invalid UTF-8", JSON,
        latin1("{\"contacts\":[{\"contactId\":\"\u00c3\u0028\"}]}"), 400);
    put(c, m, "contacts is an object", "{\"contacts\":{\"contactId\":\"1\"}}", 400);
    put(c, m, "contacts is a string", "{\"contacts\":\"all\"}", 400);
    put(c, m, "contacts is null", "{\"contacts\":null}", 400);
    put(c, m, "contact is a number", "{\"contacts\":[1]}", 400);
    put(c, m, "contact is an array", "{\"contacts\":[[]]}", 400);
    put(c, m, "contact is null", "{\"contacts\":[null]}", 400);
    contact(c, m, "contactId is a number", "\"contactId\":1", 400);
    contact(c, m, "contactId is an object", "\"contactId\":{\"id\":\"1\"}", 400);
    contact(c, m, "contactId is missing", "\"displayName\":\"x\"", 400);
    contact(c, m, "contactId is empty", "\"contactId\":\"\"", 400);
    contact(c, m, "contactId is huge", "\"contactId\":\"" + "i".repeat(10_000) + "\"", 400);
    contact(c, m, "contactId has NUL", "\"contactId\":\"a\\u0000b\"", 400);
    contact(c, m, "displayName is an array", "\"contactId\":\"1\",\"displayName\":[\"x\"]", 400);
    contact(c, m, "displayName is huge",
        "\"contactId\":\"1\",\"displayName\":\"" + "n".repeat(100_000) + "\"", 400);
    contact(c, m, "displayName has control chars",
        "\"contactId\":\"1\",\"displayName\":\"a\\u0001\\u001b[31mb\"", 400);
    contact(c, m, "contactEntries is an object",
        "\"contactId\":\"1\",\"contactEntries\":{\"entryId\":\"e\"}", 400);
    contact(c, m, "entry is a number", "\"contactId\":\"1\",\"contactEntries\":[1]", 400);
    entry(c, m, "entry uri is a number", "\"entryId\":\"e\",\"type\":\"tel\",\"uri\":5550100");
    entry(c, m, "entry uri is missing", "\"entryId\":\"e\",\"type\":\"tel\"");
    entry(c, m, "entry type is fax", "\"entryId\":\"e\",\"type\":\"fax\",\"uri\":\"1\"");
    entry(c, m, "entry uri has NUL", "\"entryId\":\"e\",\"type\":\"tel\",\"uri\":\"1\\u0000\"");
    entry(c, m, "entry uri is huge",
        "\"entryId\":\"e\",\"type\":\"tel\",\"uri\":\"" + "5".repeat(5000) + "\"");
    contact(c, m, "65 entries", "\"contactId\":\"1\",\"contactEntries\":["
        + "{\"entryId\":\"e\",\"type\":\"tel\",\"uri\":\"1\"},".repeat(64)
        + "{\"entryId\":\"e\",\"type\":\"tel\",\"uri\":\"1\"}]", 400);
    contact(c, m, "extra field is an object", "\"contactId\":\"1\",\"company\":{\"n\":1}", 400);
    contact(c, m, "extra field is a number", "\"contactId\":\"1\",\"age\":42", 400);
    contact(c, m, "extra field name is odd Unicode", "\"contactId\":\"1\",\"n\u00e4me\":\"x\"",
        400);
    contact(c, m, "extra field name has RTL override",
        "\"contactId\":\"1\",\"a\\u202eb\":\"x\"", 400);
    contact(c, m, "extra field name starts with a digit", "\"contactId\":\"1\",\"1x\":\"x\"",
        400);
    contact(c, m, "extra field value is huge",
        "\"contactId\":\"1\",\"notes\":\"" + "n".repeat(5000) + "\"", 400);
    contact(c, m, "33 extra fields", "\"contactId\":\"1\"" + extras(33), 400);
    put(c, m, "deleted is a string", "{\"deleted\":\"1\"}", 400);
    put(c, m, "deleted holds a number", "{\"deleted\":[1]}", 400);
    put(c, m, "deleted holds an empty id", "{\"deleted\":[\"\"]}", 400);
    put(c, m, "deleted holds a huge id", "{\"deleted\":[\"" + "d".repeat(300) + "\"]}", 400);
    add(c, m, "text/plain", "text/plain", bytes("{\"contacts\":[]}"), 415);
    add(c, m, "application/xml", "application/xml",
        bytes("<contacts><contact><contactId>1</contactId></contact></contacts>"), 415);
    add(c, m, "form", "application/x-www-form-urlencoded", bytes("contacts=%5B%5D"), 415);
    add(c, m, "JSON in Latin-1", "application/json; charset=ISO-8859-1",
        bytes("{\"contacts\":[]}"), 415);
    add(c, m, "no content type", null, bytes("{\"contacts\":[]}"), 415);
    add(c, m, "oversized body", JSON,
        bytes("{\"contacts\":[],\"x\":\"" + "a".repeat(16 << 20) + "\"}"), 413);
  }

  private static String extras(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(",\"x").append(i).append("\":\"v\"");
    }
    return sb.toString();
  }

  private static void contact(List<Case> c, String m, String name, String fields, int status) {
    String deleted = m.equals("PATCH") ? ",\"deleted\":[\"9\"]" : "";
    put(c, m, name, "{\"contacts\":[" + OK_CONTACT + ",{" + fields + "}]" + deleted + "}",
        status);
  }

  private static void entry(List<Case> c, String m, String name, String fields) {
    contact(c, m, name, "\"contactId\":\"2\",\"contactEntries\":[{" + fields + "}]", 400);
  }

  private static void put(List<Case> c, String m, String name, String body, int status) {
    add(c, m, name, JSON, bytes(body), status);
  }

  private static void add(List<Case> c, String m, String name, String type, byte[] body,
      int status) {
    c.add(new Case(m + " /contacts/sync", name, Errors.JSON, x -> new Request(m,
        "/contacts/sync/phone", type, body, "Authorization", x.bearer()), status));
  }
}
