/** Outbound (driven) adapter: phone number verification state in an optimistically versioned table. */
package dev.switchboard.adapter.persistence.verification;
