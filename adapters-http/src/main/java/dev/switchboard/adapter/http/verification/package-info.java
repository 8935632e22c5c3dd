/** Inbound (driving): the Phone Number Verifier service, {@code /verify_number}. */
package dev.switchboard.adapter.http.verification;
