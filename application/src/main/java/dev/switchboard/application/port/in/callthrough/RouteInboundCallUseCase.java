package dev.switchboard.application.port.in.callthrough;

/**
 * Use case: a call reached an access number; find and consume the DTMF-less reservation it
 * belongs to.
 */
public interface RouteInboundCallUseCase {

  CallRoute route(RouteInboundCallCommand command);
}
