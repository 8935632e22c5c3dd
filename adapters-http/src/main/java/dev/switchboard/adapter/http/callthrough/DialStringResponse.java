package dev.switchboard.adapter.http.callthrough;

/** The call-through answer: {@code <response><dialString>…</dialString></response>} or kin. */
public record DialStringResponse(String dialString) {}
