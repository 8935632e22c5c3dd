/** Outbound (driven) adapter: devices' address books, their number index, discovery budgets. */
package dev.switchboard.adapter.persistence.contact;
