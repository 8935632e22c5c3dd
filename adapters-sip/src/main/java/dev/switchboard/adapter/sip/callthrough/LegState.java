package dev.switchboard.adapter.sip.callthrough;

/** Where one side of a {@link BridgedCall} stands: in the call, being ended, or over. */
enum LegState { OPEN, CLOSING, ENDED }
