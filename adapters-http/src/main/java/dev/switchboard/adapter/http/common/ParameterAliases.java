package dev.switchboard.adapter.http.common;

import java.util.List;
import java.util.Map;

/** The documented alternative spellings of parameter names (CONTRACTS.md). */
final class ParameterAliases {
  private static final Map<String, List<String>> ALIASES = Map.of(
      "username", List.of("u"),
      "password", List.of("p"),
      "targetNumber", List.of("to"),
      "callbackNumber", List.of("callback"),
      "number", List.of("phoneNumber"));

  private ParameterAliases() {}

  /** The canonical name first, then its aliases. */
  static List<String> spellings(String canonical) {
    List<String> aliases = ALIASES.getOrDefault(canonical, List.of());
    return aliases.isEmpty() ? List.of(canonical)
        : java.util.stream.Stream.concat(java.util.stream.Stream.of(canonical), aliases.stream())
            .toList();
  }
}
