/** Outbound (driven) adapter: keys derived from the master key, SIP password encryption, PINs. */
package dev.switchboard.adapter.persistence.crypto;
