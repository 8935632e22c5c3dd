/**
 * Inbound (driving) plumbing shared by every controller: reading parameters from any wire
 * format, negotiating the response format, and mapping errors to HTTP statuses and bodies.
 */
package dev.switchboard.adapter.http.common;
