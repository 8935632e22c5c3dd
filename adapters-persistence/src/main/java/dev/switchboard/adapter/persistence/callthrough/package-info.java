/** Outbound (driven) adapter: DTMF-less call-through reservations, claimed atomically in SQL. */
package dev.switchboard.adapter.persistence.callthrough;
