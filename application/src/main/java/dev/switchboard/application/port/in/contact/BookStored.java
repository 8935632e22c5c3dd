package dev.switchboard.application.port.in.contact;

/** Result: the book now holds {@code contacts}; {@code newNumbers} were charged to discovery. */
public record BookStored(int contacts, int numbers, int unparsedNumbers, int newNumbers) {}
