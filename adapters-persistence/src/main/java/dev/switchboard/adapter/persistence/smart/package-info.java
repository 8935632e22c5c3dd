/** Outbound (driven) adapter: smart entries and the smart query over a stored address book. */
package dev.switchboard.adapter.persistence.smart;
