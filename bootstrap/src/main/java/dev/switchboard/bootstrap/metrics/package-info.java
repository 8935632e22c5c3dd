/**
 * Domain-level metrics (Micrometer, exported at {@code /prometheus}): decorators around ports and
 * use cases that count outcomes, so the application stays framework-free.
 */
package dev.switchboard.bootstrap.metrics;
