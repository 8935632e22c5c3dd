/** Web call-through: dial-string rules, access numbers and DTMF-less reservations. */
package dev.switchboard.domain.callthrough;
