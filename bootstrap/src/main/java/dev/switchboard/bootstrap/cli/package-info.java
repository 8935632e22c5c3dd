/**
 * Inbound: the command line of the same jar — {@code portal-settings} and the operator's
 * {@code admin} commands; exit codes in {@link dev.switchboard.bootstrap.cli.ExitCodes}.
 */
package dev.switchboard.bootstrap.cli;
