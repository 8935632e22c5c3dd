package dev.switchboard.bootstrap;

import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.runtime.Micronaut;

/** Starts the Switchboard service. */
public final class Switchboard {

  private Switchboard() {}

  public static void main(String[] args) {
    PhoneNumber.warmUp();
    Micronaut.build(args).mainClass(Switchboard.class).banner(false).start();
  }
}
