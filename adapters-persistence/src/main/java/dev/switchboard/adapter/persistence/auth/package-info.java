/** Outbound (driven) adapter: issued access tokens, stored by digest only. */
package dev.switchboard.adapter.persistence.auth;
