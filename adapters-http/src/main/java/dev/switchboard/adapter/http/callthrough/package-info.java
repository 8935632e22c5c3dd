/** Inbound (driving) adapter: the web call-through service {@code /callthrough}. */
package dev.switchboard.adapter.http.callthrough;
