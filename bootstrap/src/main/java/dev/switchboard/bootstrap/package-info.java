/** Bootstrap: the main class, configuration, and the wiring of use cases to adapters. */
package dev.switchboard.bootstrap;
