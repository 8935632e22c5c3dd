/**
 * The SIP stack, both directions: one JAIN-SIP stack with UDP and TCP listening points
 * ({@link dev.switchboard.adapter.sip.stack.SipEndpoint}), dispatching in-dialog traffic to the
 * call that owns its Call-ID and offering every other INVITE to the
 * {@link dev.switchboard.adapter.sip.stack.InboundInviteHandler} beans (call-through).
 */
package dev.switchboard.adapter.sip.stack;
