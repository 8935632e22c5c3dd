package dev.switchboard.domain.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code smartContactNotificationPostData} template, compiled for its content type. Values
 * are escaped where they land (inside a JSON string, as a JSON value, XML text) and expanded in
 * one pass, so a value containing {@code %…%} is never expanded again.
 */
public final class SmartContactTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("%([A-Za-z_][A-Za-z0-9_]*)%");
  private static final Map<String, Field> NAMES = Map.of(
      "new_smart_number", Field.NUMBER, "network_id", Field.NETWORK_ID,
      "new_smart_uri", Field.URI, "interestedParties", Field.PARTIES,
      "interested_parties", Field.PARTIES);
  private final String source;
  private final PayloadFormat format;
  private final List<Segment> segments;

  private SmartContactTemplate(String source, PayloadFormat format, List<Segment> segments) {
    this.source = source;
    this.format = format;
    this.segments = List.copyOf(segments);
  }

  /** Compiles; unknown placeholders and a party list inside a JSON string are refused. */
  public static SmartContactTemplate compile(String template, PayloadFormat format) {
    Objects.requireNonNull(template, "'template' must not be null");
    Objects.requireNonNull(format, "'format' must not be null");
    if (template.isBlank()) {
      throw new IllegalArgumentException("The notification template is empty");
    }
    List<Segment> segments = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    int from = 0;
    while (m.find()) {
      Field field = NAMES.get(m.group(1));
      if (field == null) {
        throw new IllegalArgumentException("Unknown placeholder '" + m.group()
            + "' in the notification template; known: %new_smart_number%, %network_id%, "
            + "%new_smart_uri%, %interestedParties%");
      }
      int start = m.start();
      int end = m.end();
      boolean inString = format == PayloadFormat.JSON && insideJsonString(template, start);
      if (field == Field.PARTIES && inString) {
        if (template.charAt(start - 1) != '"' || end >= template.length()
            || template.charAt(end) != '"') {
          throw new IllegalArgumentException("%interestedParties% expands to a JSON array: it "
              + "cannot stand inside a JSON string (write it alone, with or without quotes)");
        }
        // The seed's own example quotes it; the quotes go, the array stands in their place.
        start--;
        end++;
        inString = false;
      }
      segments.add(new Literal(template.substring(from, start)));
      segments.add(new Placeholder(field, format, inString));
      from = end;
      m.region(end, template.length());
    }
    segments.add(new Literal(template.substring(from)));
    return new SmartContactTemplate(template, format, segments);
  }

  public PayloadFormat format() {
    return format;
  }

  public String source() {
    return source;
  }

  /** The body for one notification to {@code parties}. */
  public String render(NewSmartContact contact, List<InterestedParty> parties) {
    Objects.requireNonNull(contact, "'contact' must not be null");
    Objects.requireNonNull(parties, "'parties' must not be null");
    StringBuilder out = new StringBuilder(source.length() + 64 * parties.size());
    for (Segment s : segments) {
      s.render(contact, parties, out);
    }
    return out.toString();
  }

  /** Whether position {@code at} lies inside a string literal of the JSON template. */
  private static boolean insideJsonString(String template, int at) {
    boolean inString = false;
    for (int i = 0; i < at; i++) {
      char c = template.charAt(i);
      if (inString && c == '\\') {
        i++;
      } else if (c == '"') {
        inString = !inString;
      }
    }
    return inString;
  }

  private enum Field { NUMBER, NETWORK_ID, URI, PARTIES }

  private interface Segment {
    void render(NewSmartContact contact, List<InterestedParty> parties, StringBuilder out);
  }

  private record Literal(String text) implements Segment {
    @Override
    public void render(NewSmartContact contact, List<InterestedParty> parties,
        StringBuilder out) {
      out.append(text);
    }
  }

  private record Placeholder(Field field, PayloadFormat format, boolean inJsonString)
      implements Segment {
    @Override
    public void render(NewSmartContact contact, List<InterestedParty> parties,
        StringBuilder out) {
      switch (field) {
        case NUMBER -> scalar(contact.number(), out);
        case NETWORK_ID -> scalar(contact.networkId(), out);
        case URI -> scalar(contact.uri(), out);
        default -> parties(parties, out);
      }
    }

    private void scalar(String value, StringBuilder out) {
      if (format == PayloadFormat.XML) {
        PayloadEscaping.xml(value, out);
      } else if (inJsonString) {
        PayloadEscaping.json(value, out);
      } else {
        out.append('"');
        PayloadEscaping.json(value, out);
        out.append('"');
      }
    }

    private void parties(List<InterestedParty> parties, StringBuilder out) {
      if (format == PayloadFormat.XML) {
        for (InterestedParty p : parties) {
          out.append("<interested_party><username>");
          PayloadEscaping.xml(p.username(), out);
          out.append("</username><device>");
          PayloadEscaping.xml(p.device(), out);
          out.append("</device></interested_party>");
        }
        return;
      }
      out.append('[');
      for (int i = 0; i < parties.size(); i++) {
        InterestedParty p = parties.get(i);
        out.append(i == 0 ? "" : ",").append("{\"username\":\"");
        PayloadEscaping.json(p.username(), out);
        out.append("\",\"device\":\"");
        PayloadEscaping.json(p.device(), out);
        out.append("\"}");
      }
      out.append(']');
    }
  }

  @Override
  public String toString() {
    return "SmartContactTemplate[" + format + "]";
  }
}
