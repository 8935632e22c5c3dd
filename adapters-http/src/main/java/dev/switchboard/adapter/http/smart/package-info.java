/**
 * Inbound (driving): Smart Contacts — become a smart entry ({@code /smart/entries}) and find the
 * smart contacts of a device's book ({@code /smart/contacts/{device}}); bearer token.
 */
package dev.switchboard.adapter.http.smart;
