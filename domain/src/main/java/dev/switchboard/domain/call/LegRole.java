package dev.switchboard.domain.call;

/** Which party a leg of a callback calls: the destination, or the user's callback number. */
public enum LegRole {
  DESTINATION,
  CALLBACK
}
