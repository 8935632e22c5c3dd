package dev.switchboard.domain.call;

/** The life of one leg: not yet placed, INVITE sent, ringing, answered, ended. */
public enum LegState {
  PENDING,
  TRYING,
  RINGING,
  ANSWERED,
  ENDED
}
