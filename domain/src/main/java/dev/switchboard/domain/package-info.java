/**
 * Switchboard's domain model: value objects and aggregates named after the wire contracts. Pure
 * Java plus libphonenumber; no framework.
 */
package dev.switchboard.domain;
