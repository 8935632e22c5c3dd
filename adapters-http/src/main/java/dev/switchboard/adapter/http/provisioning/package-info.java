/** Inbound (driving): the External Provisioning service, {@code /provisioning}. */
package dev.switchboard.adapter.http.provisioning;
