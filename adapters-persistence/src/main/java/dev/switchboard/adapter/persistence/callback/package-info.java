/** Outbound (driven) adapter: web callback call records in {@code callback_calls}. */
package dev.switchboard.adapter.persistence.callback;
