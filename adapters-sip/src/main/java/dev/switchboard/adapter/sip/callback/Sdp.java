package dev.switchboard.adapter.sip.callback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The little SDP handling third-party call control needs: Switchboard never touches media, it
 * only relays one party's description to the other, rewrites the origin line so each party sees
 * one consistent origin from us with increasing versions (RFC 3264 §8), and builds a "black hole"
 * hold answer (connection 0.0.0.0, every stream inactive) for the first party while the second
 * one rings (RFC 3725).
 */
final class Sdp {
  private static final AtomicLong SESSIONS = new AtomicLong(System.currentTimeMillis());
  private final long sessionId = SESSIONS.incrementAndGet();
  private long version;

  /** {@code sdp} with its {@code o=} line replaced by ours, next version. */
  synchronized String relay(String sdp, String host) {
    version++;
    List<String> out = new ArrayList<>();
    boolean replaced = false;
    for (String line : lines(sdp)) {
      if (!replaced && line.startsWith("o=")) {
        out.add(origin(host));
        replaced = true;
      } else {
        out.add(line);
      }
    }
    return join(out);
  }

  /** A hold answer to {@code offer}: same streams, each inactive, sent to 0.0.0.0. */
  synchronized String holdAnswer(String offer, String host) {
    version++;
    List<String> out = new ArrayList<>(List.of("v=0", origin(host), "s=-",
        "c=IN IP4 0.0.0.0", "t=0 0"));
    List<String> lines = lines(offer);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("m=")) {
        continue;
      }
      String[] parts = line.substring(2).split(" ");
      if (parts.length < 4) {
        continue;
      }
      boolean rejected = "0".equals(parts[1]);
      String format = parts[3];
      out.add("m=" + parts[0] + " " + (rejected ? "0" : "9") + " " + parts[2] + " " + format);
      for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("m="); j++) {
        String attr = lines.get(j);
        if (attr.startsWith("a=rtpmap:" + format + " ") || attr.startsWith("a=fmtp:" + format + " ")) {
          out.add(attr);
        }
      }
      out.add("a=inactive");
    }
    return join(out);
  }

  /** True when {@code body} looks like a session description with at least one stream. */
  static boolean isOffer(String body) {
    return body != null && body.startsWith("v=") && body.contains("\nm=");
  }

  private String origin(String host) {
    return "o=switchboard " + sessionId + " " + version + " IN IP4 " + host;
  }

  private static List<String> lines(String sdp) {
    List<String> out = new ArrayList<>();
    for (String line : sdp.split("\r?\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static String join(List<String> lines) {
    return String.join("\r\n", lines) + "\r\n";
  }
}
