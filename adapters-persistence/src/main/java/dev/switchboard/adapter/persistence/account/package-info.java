/** Outbound (driven) adapter: SIP accounts, their numbers and custom keys in SQL tables. */
package dev.switchboard.adapter.persistence.account;
