package dev.switchboard.adapter.http.common;

import static dev.switchboard.adapter.http.common.ApiCorpus.FORM;
import static dev.switchboard.adapter.http.common.ApiCorpus.JSON;
import static dev.switchboard.adapter.http.common.ApiCorpus.XML;
import static dev.switchboard.adapter.http.common.ApiCorpus.bytes;
import static dev.switchboard.adapter.http.common.ApiCorpus.latin1;

import dev.switchboard.adapter.http.common.ApiCorpus.Case;
import dev.switchboard.adapter.http.common.ApiCorpus.Ctx;
import dev.switchboard.adapter.http.common.ApiCorpus.Errors;
import dev.switchboard.adapter.http.common.ApiCorpus.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Broken bodies, for every endpoint that reads parameters (form, JSON or XML). */
final class ParamBadInputs {
  /** An endpoint: its path, error format, whether it needs a token, its valid parameters. */
  record Endpoint(String name, String path, Errors errors, boolean bearer,
      Function<Ctx, String> form, Function<Ctx, String> json, Function<Ctx, String> xml) {}

  static final Endpoint EXT_AUTH = credentials("/ext_auth", Errors.XML_RESPONSE);
  static final Endpoint SSO_TOKEN = credentials("/sso/token", Errors.OAUTH);
  static final Endpoint CONTACTS = credentials("/contacts", Errors.JSON);
  static final Endpoint SSO_REVOKE = new Endpoint("/sso/revoke", "/sso/revoke", Errors.OAUTH,
      false, c -> "token=" + c.token(), c -> "\"token\":\"" + c.token() + "\"",
      c -> "<token>" + c.token() + "</token>");
  static final Endpoint SMART_ENTRIES = new Endpoint("/smart/entries", "/smart/entries",
      Errors.JSON, true, c -> "sipUri=sip%3Aalice%40sip.example.com",
      c -> "\"sipUri\":\"sip:alice@sip.example.com\"",
      c -> "<sipUri>sip:alice@sip.example.com</sipUri>");
  static final List<Endpoint> ALL = List.of(EXT_AUTH, SSO_TOKEN, CONTACTS, SSO_REVOKE,
      SMART_ENTRIES);

  private ParamBadInputs() {}

  private static Endpoint credentials(String path, Errors errors) {
    return new Endpoint(path, path, errors, false, c -> c.credentials() + "&host=sip.example.com",
        Ctx::credentialsJson, Ctx::credentialsXml);
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    ALL.forEach(e -> bodies(c, e));
    return List.copyOf(c);
  }

  private static void bodies(List<Case> c, Endpoint e) {
    json(c, e, "malformed JSON", x -> "{\"" + e.json().apply(x), 400);
    json(c, e, "JSON array", x -> "[{" + e.json().apply(x) + "}]", 400);
    json(c, e, "JSON string", x -> "\"" + e.form().apply(x) + "\"", 400);
    json(c, e, "JSON null", x -> "null", 400);
    json(c, e, "JSON nested junk", x -> "{" + e.json().apply(x)
        + ",\"extra\":{\"a\":[{\"b\":{\"c\":null}}]}}", 400);
    json(c, e, "JSON number value", x -> "{" + e.json().apply(x) + ",\"extra\":12}", 400);
    json(c, e, "JSON boolean value", x -> "{" + e.json().apply(x) + ",\"extra\":true}", 400);
    json(c, e, "JSON array value", x -> "{" + e.json().apply(x) + ",\"extra\":[\"a\"]}", 400);
    json(c, e, "JSON duplicate keys",
        x -> "{" + e.json().apply(x) + "," + e.json().apply(x) + "}", 400);
    json(c, e, "JSON trailing tokens", x -> "{" + e.json().apply(x) + "} {}", 400);
    json(c, e, "JSON deep nesting", x -> ApiCorpus.deep(5000), 400);
    json(c, e, "JSON NUL in a value", x -> "{" + e.json().apply(x)
        + ",\"extra\":\"a\\u0000b\"}", 400);
    json(c, e, "JSON huge string", x -> "{" + e.json().apply(x) + ",\"extra\":\""
        + "a".repeat(5000) + "\"}", 400);
    post(c, e, "JSON invalid UTF-8", JSON,
        x -> latin1("{" + e.json().apply(x) + ",\"extra\":\"\u00c3\u0028\"}"), 400);
    post(c, e, "oversized form body", FORM,
        x -> bytes(e.form().apply(x) + "&x=" + "1".repeat(70 * 1024)), 413);
    post(c, e, "oversized JSON body", JSON,
        x -> bytes("{\"x\":\"" + "a".repeat(2 << 20) + "\"}"), 413);
    xml(c, e, "XML with DOCTYPE", x -> "<!DOCTYPE r><r>" + e.xml().apply(x) + "</r>");
    xml(c, e, "XML external entity", x -> "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe "
        + "SYSTEM \"file:///etc/passwd\">]><r><extra>&xxe;</extra>" + e.xml().apply(x) + "</r>");
    xml(c, e, "XML parameter entity", x -> "<!DOCTYPE r [<!ENTITY % p SYSTEM "
        + "\"http://127.0.0.1:1/x.dtd\"> %p;]><r/>");
    xml(c, e, "XML billion laughs", x -> ApiCorpus.billionLaughs(e.xml().apply(x)));
    xml(c, e, "XML undeclared entity", x -> "<r><extra>&lol;</extra>" + e.xml().apply(x)
        + "</r>");
    xml(c, e, "XML malformed", x -> "<r>" + e.xml().apply(x) + "<extra></r>");
    xml(c, e, "XML nested element", x -> "<r>" + e.xml().apply(x)
        + "<extra><deeper>x</deeper></extra></r>");
    xml(c, e, "XML repeated element", x -> "<r>" + e.xml().apply(x) + e.xml().apply(x) + "</r>");
    xml(c, e, "XML two roots", x -> "<r>" + e.xml().apply(x) + "</r><r/>");
    xml(c, e, "XML deep nesting", x -> "<a>".repeat(1000) + "</a>".repeat(1000));
    xml(c, e, "XML that is not XML", x -> e.form().apply(x));
    post(c, e, "text/plain", "text/plain", x -> bytes(e.form().apply(x)), 415);
    post(c, e, "application/octet-stream", "application/octet-stream",
        x -> latin1("\u0000\u0001\u0002"), 415);
    post(c, e, "multipart/form-data", "multipart/form-data; boundary=xyz", x -> bytes("--xyz\r\n"
        + "Content-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n"), 415);
    form(c, e, "form unsupported charset", FORM + "; charset=no-such-charset", "", 400);
    form(c, e, "form malformed escape", FORM, "&extra=%ZZ", 400);
    form(c, e, "form CRLF in a value", FORM, "&extra=a%0D%0ASet-Cookie:%20x=1", 400);
    form(c, e, "form NUL in a value", FORM, "&extra=a%00b", 400);
    form(c, e, "form control char in a name", FORM, "&%01x=1", 400);
    form(c, e, "form overlong value", FORM, "&extra=" + "a".repeat(1500), 400);
    form(c, e, "form too many parameters", FORM, many(), 400);
    post(c, e, "empty body", FORM, x -> new byte[0], 0);
  }

  private static String many() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      sb.append("&p").append(i).append('=').append(i);
    }
    return sb.toString();
  }

  private static void json(List<Case> c, Endpoint e, String name, Function<Ctx, String> body,
      int status) {
    post(c, e, name, JSON, x -> bytes(body.apply(x)), status);
  }

  private static void xml(List<Case> c, Endpoint e, String name, Function<Ctx, String> body) {
    post(c, e, name, XML, x -> bytes(body.apply(x)), 400);
  }

  private static void form(List<Case> c, Endpoint e, String name, String type, String suffix,
      int status) {
    post(c, e, name, type, x -> bytes(e.form().apply(x) + suffix), status);
  }

  static void post(List<Case> c, Endpoint e, String name, String type,
      Function<Ctx, byte[]> body, int status) {
    c.add(new Case(e.name(), name, e.errors(), x -> new Request("POST", e.path(), type,
        body.apply(x), e.bearer() ? new String[] {"Authorization", x.bearer()} : new String[0]),
        status));
  }
}
