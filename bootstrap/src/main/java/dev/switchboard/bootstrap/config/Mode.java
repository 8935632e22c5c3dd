package dev.switchboard.bootstrap.config;

/** How strict start-up is: development works with no configuration, production refuses to guess. */
public enum Mode {
  DEVELOPMENT,
  PRODUCTION
}
