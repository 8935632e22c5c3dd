/**
 * Inbound (driving) adapter: routes INVITEs to DTMF-less call-through access numbers to their
 * reserved targets (302 redirect through the trunk).
 */
package dev.switchboard.adapter.sip.callthrough;
