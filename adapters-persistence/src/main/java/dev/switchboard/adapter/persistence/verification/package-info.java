/** Outbound (driven) adapter: phone number verification state, optimistically versioned. */
package dev.switchboard.adapter.persistence.verification;
