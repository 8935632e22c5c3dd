package dev.switchboard.adapter.http.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parameters of one request, merged from the query string and the body, bounded in number
 * and size, looked up by canonical name or any documented alias.
 */
public final class RequestParameters {
  static final int MAX_PARAMETERS = 64;
  static final int MAX_VALUE_LENGTH = 1024;
  private static final int MAX_NAME_LENGTH = 64;
  private static final Pattern SPACE_FOR_PLUS = Pattern.compile(" [0-9].*", Pattern.DOTALL);
  private final Map<String, String> values;

  private RequestParameters(Map<String, String> values) {
    this.values = values;
  }

  /** The value of {@code name} (or an alias), stripped; empty when absent or blank. */
  public Optional<String> optional(String name) {
    return raw(name).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The value of {@code name} (or an alias), stripped. */
  public String required(String name) {
    return optional(name).orElseThrow(() -> missing(name));
  }

  /** A secret (password, token): required, and not stripped (a space may be part of it). */
  public String requiredSecret(String name) {
    String value = raw(name).orElseThrow(() -> missing(name));
    if (value.isEmpty()) {
      throw missing(name);
    }
    return value;
  }

  /**
   * A phone number parameter. A {@code +} sent unencoded in a query string or form body is
   * decoded as a space; a value that starts with one space and a digit gets its {@code +} back.
   */
  public String requiredNumber(String name) {
    String value = raw(name).orElseThrow(() -> missing(name));
    String repaired = SPACE_FOR_PLUS.matcher(value).matches() ? "+" + value.substring(1) : value;
    String stripped = repaired.strip();
    if (stripped.isEmpty()) {
      throw missing(name);
    }
    return stripped;
  }

  private Optional<String> raw(String name) {
    String found = null;
    String foundAs = null;
    for (String spelling : ParameterAliases.spellings(name)) {
      String value = values.get(spelling);
      if (value == null) {
        continue;
      }
      if (found != null && !found.equals(value)) {
        throw WireException.badRequest(
            "Parameters '" + foundAs + "' and '" + spelling + "' disagree; send only one.");
      }
      found = value;
      foundAs = spelling;
    }
    return Optional.ofNullable(found);
  }

  private static WireException missing(String name) {
    return WireException.badRequest("Parameter '" + name + "' is missing.");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects parameters from every source of a request, refusing conflicts and excess. */
  static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();

    Builder add(String name, String value) {
      if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || hasControl(name)) {
        throw WireException.badRequest("A parameter name is empty, too long or not printable.");
      }
      if (value.length() > MAX_VALUE_LENGTH) {
        throw WireException.badRequest("Parameter '" + printable(name) + "' is too long.");
      }
      if (hasControl(value.strip())) {
        throw WireException.badRequest(
            "Parameter '" + printable(name) + "' contains control characters.");
      }
      String previous = values.putIfAbsent(name, value);
      if (previous != null && !previous.equals(value)) {
        throw WireException.badRequest(
            "Parameter '" + printable(name) + "' was given more than once.");
      }
      if (values.size() > MAX_PARAMETERS) {
        throw WireException.badRequest("Too many parameters (at most " + MAX_PARAMETERS + ").");
      }
      return this;
    }

    Builder addAll(List<Map.Entry<String, String>> pairs) {
      pairs.forEach(p -> add(p.getKey(), p.getValue()));
      return this;
    }

    RequestParameters build() {
      return new RequestParameters(Map.copyOf(values));
    }

    private static boolean hasControl(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isISOControl(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private static String printable(String name) {
      return name.replaceAll("[^A-Za-z0-9_.\\-\\[\\]]", "?");
    }
  }
}
