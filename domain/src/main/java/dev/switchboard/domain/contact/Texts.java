package dev.switchboard.domain.contact;

/** Length and character checks shared by the contact value objects. */
final class Texts {
  private Texts() {}

  static String required(String value, String field, int max) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("'" + field + "' is required");
    }
    return optional(value, field, max);
  }

  static String optional(String value, String field, int max) {
    if (value == null) {
      return "";
    }
    if (value.length() > max) {
      throw new IllegalArgumentException("'" + field + "' is longer than " + max + " characters");
    }
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
      throw new IllegalArgumentException("'" + field + "' contains control characters");
    }
    return value;
  }

  static String shown(String value) {
    String s = value.length() > 32 ? value.substring(0, 32) + "…" : value;
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
