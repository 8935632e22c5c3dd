/**
 * Inbound (driving): contact sync ({@code /contacts/sync/{device}}, bearer token) and the
 * messaging contact source ({@code /contacts}, SIP credentials).
 */
package dev.switchboard.adapter.http.contact;
