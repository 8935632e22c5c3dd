/**
 * SIP adapters, both directions: outbound third-party call control for web callback and inbound
 * routing of call-through INVITEs. The stack arrives with the web callback issue.
 */
package dev.switchboard.adapter.sip;
