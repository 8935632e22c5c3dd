/** Inbound (driving) adapter: the web callback service, {@code /webcallback}; outbound: the call-event webhook. */
package dev.switchboard.adapter.http.callback;
