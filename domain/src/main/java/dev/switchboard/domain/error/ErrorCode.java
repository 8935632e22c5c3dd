package dev.switchboard.domain.error;

/** Stable codes of business-rule failures; inbound adapters map each to a protocol status. */
public enum ErrorCode {
  UNKNOWN_CLOUD_ID,
  WRONG_CREDENTIALS,
  PIN_EXPIRED,
  TOO_MANY_ATTEMPTS,
  THROTTLED,
  ACCOUNT_NOT_FOUND,
  INVALID_TOKEN,
  TOO_LARGE,
  NOT_ENOUGH_CREDIT,
  DESTINATION_NOT_ALLOWED,
  CALL_NOT_FOUND,
  ACCESS_NUMBERS_EXHAUSTED,
  NO_DIAL_RULE
}
