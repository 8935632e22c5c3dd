package dev.switchboard.domain.call;

/** The life of a callback: legs being placed, both parties bridged, over. */
public enum CallState {
  PLACING,
  BRIDGED,
  ENDED
}
