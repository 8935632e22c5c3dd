/**
 * Outbound (driven): {@code SmsGateway} adapters — a development log and a generic HTTP gateway.
 */
package dev.switchboard.adapter.http.sms;
