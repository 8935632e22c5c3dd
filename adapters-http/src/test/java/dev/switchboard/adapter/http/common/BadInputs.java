package dev.switchboard.adapter.http.common;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The bad-input corpus: hostile or broken requests, written once for both services. */
final class BadInputs {
  /** A service: its path, the name of its number parameter, its other required parameters. */
  record Endpoint(String path, String numberParam, String form, String json, String xml,
      String errorRoot) {
    @Override
    public String toString() {
      return path;
    }
  }

  static final Endpoint VERIFY = new Endpoint("/verify_number", "number", "", "", "", "response");
  static final Endpoint PROVISIONING = new Endpoint("/provisioning", "cloud_username",
      "&cloud_id=DEMO&cloud_password=123456",
      ",\"cloud_id\":\"DEMO\",\"cloud_password\":\"123456\"",
      "<cloud_id>DEMO</cloud_id><cloud_password>123456</cloud_password>", "error");

  /**
   * One request. In {@code query} and {@code body}: {N} is the number parameter's name, {F}, {J}
   * and {X} the endpoint's other parameters in form, JSON and XML syntax.
   */
  record Case(String name, String method, String query, String contentType, byte[] body,
      int expectedStatus) {
    Reply send(Wire wire, Endpoint endpoint, String... headers) {
      String path = endpoint.path() + (query == null ? "" : "?" + fill(query, endpoint));
      byte[] filled = body == null ? null
          : fill(new String(body, StandardCharsets.ISO_8859_1), endpoint)
              .getBytes(StandardCharsets.ISO_8859_1);
      return wire.send(method, path, contentType, filled, headers);
    }

    private static String fill(String template, Endpoint e) {
      return template.replace("{N}", e.numberParam()).replace("{F}", e.form())
          .replace("{J}", e.json()).replace("{X}", e.xml());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Case> CASES = build();

  private BadInputs() {}

  static Stream<Case> cases() {
    return CASES.stream();
  }

  private static List<Case> build() {
    List<Case> c = new ArrayList<>();
    String json = "application/json";
    String xml = "application/xml";
    String form = "application/x-www-form-urlencoded";
    post(c, "malformed JSON", json, "{\"{N}\":\"+12025550123\"", 400);
    post(c, "JSON array", json, "[\"+12025550123\"]", 400);
    post(c, "JSON nested object", json, "{\"{N}\":{\"e164\":\"+12025550123\"}{J}}", 400);
    post(c, "JSON number type", json, "{\"{N}\":12025550123{J}}", 400);
    post(c, "JSON boolean type", json, "{\"{N}\":true{J}}", 400);
    post(c, "JSON array value", json, "{\"{N}\":[\"+12025550123\"]{J}}", 400);
    post(c, "JSON duplicate keys", json,
        "{\"{N}\":\"+12025550123\",\"{N}\":\"+12025550124\"{J}}", 400);
    post(c, "JSON trailing tokens", json, "{\"{N}\":\"+12025550123\"{J}} {}", 400);
    post(c, "JSON deep nesting", json, "[".repeat(5000) + "]".repeat(5000), 400);
    post(c, "JSON string", json, "\"+12025550123\"", 400);
    post(c, "JSON invalid UTF-8", json, "{\"{N}\":\"\u00c3\u0028\"{J}}", 400);
    post(c, "JSON null body", json, "null", 400);
    post(c, "oversized form body", form, "{N}=" + "1".repeat(70 * 1024), 413);
    post(c, "oversized JSON body, 2 MiB", json, "{\"x\":\"" + "a".repeat(2 << 20) + "\"}", 413);
    post(c, "XML with DOCTYPE", xml, "<!DOCTYPE r><r><{N}>+12025550123</{N}>{X}</r>", 400);
    post(c, "XML external entity", xml, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe "
        + "SYSTEM \"file:///etc/passwd\">]><r><{N}>&xxe;</{N}>{X}</r>", 400);
    post(c, "XML parameter entity", xml, "<!DOCTYPE r [<!ENTITY % p SYSTEM "
        + "\"http://127.0.0.1:1/x.dtd\"> %p;]><r/>", 400);
    post(c, "XML billion laughs", xml, billionLaughs(), 400);
    post(c, "XML undeclared entity", xml, "<r><{N}>&lol;</{N}>{X}</r>", 400);
    post(c, "XML malformed", xml, "<r><{N}>+12025550123</r>", 400);
    post(c, "XML nested element", xml, "<r><{N}><e164>+12025550123</e164></{N}>{X}</r>", 400);
    post(c, "XML repeated element", xml,
        "<r><{N}>+12025550123</{N}><{N}>+12025550124</{N}>{X}</r>", 400);
    post(c, "XML two roots", xml, "<r><{N}>+12025550123</{N}>{X}</r><r/>", 400);
    post(c, "XML not XML", xml, "{N}=+12025550123", 400);
    post(c, "XML deep nesting", xml, "<a>".repeat(1000) + "</a>".repeat(1000), 400);
    post(c, "text/plain", "text/plain", "{N}=%2B12025550123{F}", 415);
    post(c, "application/octet-stream", "application/octet-stream", "\u0000\u0001\u0002", 415);
    post(c, "multipart/form-data", "multipart/form-data; boundary=xyz", "--xyz\r\n"
        + "Content-Disposition: form-data; name=\"{N}\"\r\n\r\n+12025550123\r\n--xyz--\r\n", 415);
    post(c, "form unsupported charset", form + "; charset=no-such-charset",
        "{N}=%2B12025550123{F}", 400);
    post(c, "form malformed escape", form, "{N}=%ZZ12025550123{F}", 400);
    post(c, "empty body", form, "", 400);
    get(c, "missing parameters", null, 400);
    get(c, "empty number", "{N}={F}", 400);
    get(c, "number without plus", "{N}=12025550123{F}", 400);
    get(c, "invalid +1555 number", "{N}=%2B15555550123{F}", 400);
    get(c, "letters in number", "{N}=%2B1202CALLME{F}", 400);
    get(c, "overlong number", "{N}=%2B" + "1".repeat(2000) + "{F}", 400);
    get(c, "overlong other value", "{N}=%2B12025550123{F}&x=" + "a".repeat(1500), 400);
    get(c, "too many parameters", "{N}=%2B12025550123{F}" + many(), 400);
    get(c, "RTL override", "{N}=%2B1202%E2%80%AE5550123{F}", 400);
    get(c, "NUL byte encoded", "{N}=%2B12025550123%00{F}", 400);
    get(c, "CRLF injection", "{N}=%2B12025550123%0D%0ASet-Cookie:%20x=1{F}", 400);
    get(c, "emoji", "{N}=%F0%9F%93%9E12025550123{F}", 400);
    get(c, "combining characters", "{N}=%2B1202555012%CC%81%CC%82{F}", 400);
    get(c, "fullwidth digits", "{N}=%2B%EF%BC%91202555%EF%BC%90123{F}", 400);
    get(c, "encoded ampersand injection", "{N}=%2B12025550123%26cloud_id%3DEVIL{F}", 400);
    get(c, "semicolon injection", "{N}=%2B12025550123;cloud_id=EVIL{F}", 400);
    get(c, "duplicate parameter", "{N}=%2B12025550123&{N}=%2B12025550124{F}", 400);
    get(c, "alias disagreement", "number=%2B12025550123&phoneNumber=%2B12025550124"
        + "&cloud_username=%2B12025550123&cloud_username=%2B1{F}", 400);
    get(c, "script in value", "{N}=%3Cscript%3Ealert(1)%3C/script%3E{F}", 400);
    get(c, "bad cloud id", "{N}=%2B12025550123&cloud_id=..%2F..%2Fetc", 400);
    get(c, "control char in name", "%01x=1&{N}=%2B12025550123{F}", 400);
    return List.copyOf(c);
  }

  private static String many() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      sb.append("&p").append(i).append('=').append(i);
    }
    return sb.toString();
  }

  private static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    dtd.append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
    }
    return dtd.append("]><lolz><{N}>&lol9;</{N}>{X}</lolz>").toString();
  }

  private static void post(List<Case> c, String name, String type, String body, int status) {
    c.add(new Case(name, "POST", null, type, body.getBytes(StandardCharsets.ISO_8859_1), status));
  }

  private static void get(List<Case> c, String name, String query, int status) {
    c.add(new Case(name, "GET", query, null, null, status));
  }
}
