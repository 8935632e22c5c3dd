/**
 * HTTP adapters: inbound (driving) controllers for the app-facing services and the admin API,
 * and the outbound (driven) HTTP SMS gateway.
 */
package dev.switchboard.adapter.http;
