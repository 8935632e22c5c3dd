package dev.switchboard.adapter.http.common;

import java.util.List;
import java.util.Map;

/** The documented alternative spellings of parameter names (CONTRACTS.md). */
final class ParameterAliases {
  private static final Map<String, List<String>> SPELLINGS = Map.of(
      "username", List.of("username", "u"),
      "password", List.of("password", "p"),
      "targetNumber", List.of("targetNumber", "to"),
      "callbackNumber", List.of("callbackNumber", "callback"),
      "number", List.of("number", "phoneNumber"));

  private ParameterAliases() {}

  /** The canonical name first, then its aliases. */
  static List<String> spellings(String canonical) {
    return SPELLINGS.getOrDefault(canonical, List.of(canonical));
  }
}
