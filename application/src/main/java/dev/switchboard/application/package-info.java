/**
 * Switchboard's application layer: use cases ({@code port.in}), driven ports ({@code port.out})
 * and their framework-free implementations ({@code service}). Wire it with plain constructors.
 */
package dev.switchboard.application;
