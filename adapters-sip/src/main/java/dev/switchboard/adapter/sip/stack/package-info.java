/**
 * The SIP stack, both directions: one JAIN-SIP stack with UDP and TCP listening points (started
 * and stopped by {@code SipStackLifecycle}) behind
 * {@link dev.switchboard.adapter.sip.stack.SipEndpoint}, which dispatches in-dialog traffic to the
 * call that owns its Call-ID and offers every other INVITE to the
 * {@link dev.switchboard.adapter.sip.stack.InboundInviteHandler} beans (call-through).
 */
package dev.switchboard.adapter.sip.stack;
