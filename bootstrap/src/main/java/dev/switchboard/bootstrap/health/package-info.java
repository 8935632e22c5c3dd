/** Health indicators of the parts Micronaut does not know about (the SIP stack). */
package dev.switchboard.bootstrap.health;
