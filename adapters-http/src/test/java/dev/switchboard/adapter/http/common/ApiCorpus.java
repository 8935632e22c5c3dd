package dev.switchboard.adapter.http.common;

import dev.switchboard.adapter.http.support.AppUser;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/** The model of the bad-input corpus of the Smart Contacts endpoints: who asks, and how. */
final class ApiCorpus {
  static final String JSON = "application/json";
  static final String XML = "application/xml";
  static final String FORM = "application/x-www-form-urlencoded";

  private ApiCorpus() {}

  /** A signed-up user with a fresh token: what a case may build its request from. */
  record Ctx(AppUser user, String token) {
    String credentials() {
      return user.credentials();
    }

    String credentialsJson() {
      return "\"username\":\"" + user.username() + "\",\"password\":\"" + user.password()
          + "\",\"cloud_id\":\"DEMO\"";
    }

    String credentialsXml() {
      return "<username>" + user.username() + "</username><password>" + user.password()
          + "</password><cloud_id>DEMO</cloud_id>";
    }

    String bearer() {
      return "Bearer " + token;
    }

    String basic(String userColonPassword) {
      return "Basic " + b64(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** One HTTP request. */
  record Request(String method, String path, String contentType, byte[] body,
      String... headers) {
    Reply send(Wire wire) {
      return wire.send(method, path, contentType, body, headers);
    }
  }

  /** How an endpoint answers errors. */
  enum Errors { XML_RESPONSE, JSON, OAUTH }

  /** A bad request against one endpoint, and the status it must get (0: any 4xx). */
  record Case(String endpoint, String name, Errors errors, Function<Ctx, Request> request,
      int status) {
    @Override
    public String toString() {
      return endpoint + " " + name;
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes taken one char per byte: lets a case carry invalid UTF-8. */
  static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String b64(byte[] raw) {
    return Base64.getEncoder().encodeToString(raw);
  }

  static String deep(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static String billionLaughs(String inner) {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    dtd.append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
    }
    return dtd.append("]><lolz><x>&lol9;</x>").append(inner).append("</lolz>").toString();
  }
}
