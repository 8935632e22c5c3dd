package dev.switchboard.adapter.http.common;

import static dev.switchboard.adapter.http.common.ApiCorpus.FORM;
import static dev.switchboard.adapter.http.common.ApiCorpus.bytes;

import dev.switchboard.adapter.http.common.ApiCorpus.Case;
import dev.switchboard.adapter.http.common.ApiCorpus.Ctx;
import dev.switchboard.adapter.http.common.ApiCorpus.Errors;
import dev.switchboard.adapter.http.common.ApiCorpus.Request;
import dev.switchboard.adapter.http.common.ParamBadInputs.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Bad credentials, Cloud IDs, HTTP Basic and bearer headers, and SIP URIs: every way to be
 * refused by the endpoints that sign a user in or need a token.
 */
final class AuthBadInputs {
  private static final List<String> BAD_SIP_URIS = List.of("alice", "sip:@sip.example.com",
      "sip:alice@", "sip:alice@host:999999", "javascript:alert(1)", "sip:a%20b@sip.example.com",
      "sip:alice@h%C3%B3st.example", "sip:" + "a".repeat(300) + "@sip.example.com",
      "sip:alice@host%0D%0AX-Evil:%201", "tel:%2B12025550123", "%3Csip:alice@host%3E",
      "sip:alice@host;transport=tcp", "sip:alice@host%00", "sip:alice@%E2%80%AEhost");
  private static final List<String> BAD_BEARERS = List.of("Bearer", "Bearer ",
      "Bearer " + "A".repeat(43), "Bearer short", "Basic dTpw", "bearer", "Token abc",
      "Bearer " + "x".repeat(4000));

  private AuthBadInputs() {}

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    for (Endpoint e : List.of(ParamBadInputs.EXT_AUTH, ParamBadInputs.SSO_TOKEN,
        ParamBadInputs.CONTACTS)) {
      credentials(c, e);
    }
    basic(c);
    ParamBadInputs.post(c, ParamBadInputs.SSO_TOKEN, "grant_type implicit", FORM,
        x -> bytes("grant_type=implicit&" + x.credentials()), 400);
    get(c, "/sso/token", Errors.OAUTH, "GET is not allowed", x -> x.credentials(), 405);
    get(c, "/sso/revoke", Errors.OAUTH, "GET is not allowed", x -> "token=" + x.token(), 405);
    ParamBadInputs.post(c, ParamBadInputs.SSO_REVOKE, "no token", FORM,
        x -> bytes("other=1"), 400);
    for (String uri : BAD_SIP_URIS) {
      ParamBadInputs.post(c, ParamBadInputs.SMART_ENTRIES, "SIP URI " + shortName(uri), FORM,
          x -> bytes("sipUri=" + uri), 400);
    }
    ParamBadInputs.post(c, ParamBadInputs.SMART_ENTRIES, "no SIP URI", FORM,
        x -> bytes("other=1"), 400);
    for (String bearer : BAD_BEARERS) {
      String name = "Authorization " + shortName(bearer);
      c.add(new Case("/smart/entries", name, Errors.JSON, x -> new Request("POST",
          "/smart/entries", FORM, bytes("sipUri=sip:alice@sip.example.com"), "Authorization",
          bearer), 401));
      c.add(new Case("/smart/contacts", name, Errors.JSON, x -> new Request("GET",
          "/smart/contacts/phone", null, null, "Authorization", bearer), 401));
      c.add(new Case("/contacts/sync", name, Errors.JSON, x -> new Request("PUT",
          "/contacts/sync/phone", "application/json", bytes("{\"contacts\":[]}"),
          "Authorization", bearer), 401));
    }
    c.add(new Case("/contacts/sync", "a revoked-looking token with extra words", Errors.JSON,
        x -> new Request("PATCH", "/contacts/sync/phone", "application/json",
            bytes("{\"contacts\":[]}"), "Authorization", x.bearer() + " extra"), 401));
    return List.copyOf(c);
  }

  private static void credentials(List<Case> c, Endpoint e) {
    form(c, e, "missing username", x -> "password=" + x.user().password() + "&cloud_id=DEMO",
        400);
    form(c, e, "missing password", x -> "username=" + x.user().username() + "&cloud_id=DEMO",
        400);
    form(c, e, "missing cloud_id",
        x -> "username=" + x.user().username() + "&password=" + x.user().password(), 400);
    form(c, e, "missing everything", x -> "", e == ParamBadInputs.CONTACTS ? 401 : 400);
    form(c, e, "path traversal cloud_id", x -> with(x, "cloud_id", "..%2F..%2Fetc"), 400);
    form(c, e, "RTL override in cloud_id", x -> with(x, "cloud_id", "DE%E2%80%AEMO"), 400);
    form(c, e, "unknown cloud_id", x -> with(x, "cloud_id", "NOPE"), 403);
    form(c, e, "wrong password", x -> with(x, "password", "wrong"), 403);
    form(c, e, "wrong host", x -> x.credentials() + "&host=evil.example", 403);
    form(c, e, "overlong username", x -> with(x, "username", "u".repeat(200)), 400);
    form(c, e, "overlong password", x -> with(x, "password", "p".repeat(200)), 400);
    form(c, e, "NUL in username", x -> with(x, "username", "u%00x"), 400);
    form(c, e, "emoji username", x -> with(x, "username", "%F0%9F%93%9E"), 403);
    form(c, e, "fullwidth username", x -> with(x, "username", "%EF%BC%91%EF%BC%92"), 403);
    form(c, e, "alias disagreement",
        x -> x.credentials() + "&u=" + x.user().username() + "x", 400);
  }

  private static void basic(List<Case> c) {
    basicCase(c, "Basic without credentials", x -> "Basic", "cloud_id=DEMO", 400);
    basicCase(c, "Basic not base64", x -> "Basic !!!not-base64!!!", "cloud_id=DEMO", 400);
    basicCase(c, "Basic without colon", x -> x.basic("nocolon"), "cloud_id=DEMO", 400);
    basicCase(c, "Basic empty username", x -> x.basic(":pw"), "cloud_id=DEMO", 400);
    basicCase(c, "Basic empty password", x -> x.basic("user:"), "cloud_id=DEMO", 400);
    basicCase(c, "Basic invalid UTF-8",
        x -> "Basic " + ApiCorpus.b64(new byte[] {'u', ':', (byte) 0xC3, 0x28}), "cloud_id=DEMO",
        400);
    basicCase(c, "Basic NUL", x -> x.basic("us\u0000er:pw"), "cloud_id=DEMO", 400);
    basicCase(c, "Basic huge", x -> "Basic " + "QUFB".repeat(600), "cloud_id=DEMO", 400);
    basicCase(c, "Basic and parameters", x -> x.basic(x.user().username() + ":"
        + x.user().password()), Ctx::credentials, 400);
    basicCase(c, "Basic without cloud_id",
        x -> x.basic(x.user().username() + ":" + x.user().password()), "", 400);
    basicCase(c, "Basic wrong password", x -> x.basic(x.user().username() + ":wrong"),
        "cloud_id=DEMO", 403);
    basicCase(c, "Digest scheme", x -> "Digest username=\"x\"", "cloud_id=DEMO", 401);
    basicCase(c, "Bearer scheme", x -> x.bearer(), "cloud_id=DEMO", 401);
  }

  private static void basicCase(List<Case> c, String name, Function<Ctx, String> header,
      String query, int status) {
    basicCase(c, name, header, x -> query, status);
  }

  private static void basicCase(List<Case> c, String name, Function<Ctx, String> header,
      Function<Ctx, String> query, int status) {
    c.add(new Case("/contacts", name, Errors.JSON, x -> new Request("GET",
        "/contacts?" + query.apply(x), null, null, "Authorization", header.apply(x)), status));
  }

  private static void form(List<Case> c, Endpoint e, String name, Function<Ctx, String> form,
      int status) {
    ParamBadInputs.post(c, e, name, FORM, x -> bytes(form.apply(x)), status);
  }

  private static void get(List<Case> c, String path, Errors errors, String name,
      Function<Ctx, String> query, int status) {
    c.add(new Case(path, name, errors,
        x -> new Request("GET", path + "?" + query.apply(x), null, null), status));
  }

  /** The user's credentials with one parameter replaced by {@code raw} (already encoded). */
  private static String with(Ctx x, String name, String raw) {
    return x.credentials().replaceAll(name + "=[^&]*", name + "=" + raw);
  }

  private static String shortName(String s) {
    String cut = s.length() > 30 ? s.substring(0, 30) + "…" : s;
    return "'" + cut + "'";
  }
}
