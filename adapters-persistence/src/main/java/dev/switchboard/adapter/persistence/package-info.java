/** Outbound (driven) adapter: stores Switchboard's state with Micronaut Data JDBC and Flyway. */
package dev.switchboard.adapter.persistence;
