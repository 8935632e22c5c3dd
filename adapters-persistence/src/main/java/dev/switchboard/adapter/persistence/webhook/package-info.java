/** Outbound (driven) adapter: the webhook outbox table and the unit-of-work port. */
package dev.switchboard.adapter.persistence.webhook;
