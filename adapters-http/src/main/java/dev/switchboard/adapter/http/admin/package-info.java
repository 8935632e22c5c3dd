/** Inbound (driving): the bearer-token protected admin API under {@code /admin}. */
package dev.switchboard.adapter.http.admin;
