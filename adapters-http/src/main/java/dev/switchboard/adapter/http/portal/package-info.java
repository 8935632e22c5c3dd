/**
 * Inbound (documentation of the inbound side): the web service definitions a provider pastes into
 * the app portal so that the app calls Switchboard's endpoints; the one place those templates live.
 */
package dev.switchboard.adapter.http.portal;
