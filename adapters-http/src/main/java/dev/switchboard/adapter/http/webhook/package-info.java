/** Outbound (driven) adapter: posts new-smart-contact webhooks (Standard Webhooks headers). */
package dev.switchboard.adapter.http.webhook;
