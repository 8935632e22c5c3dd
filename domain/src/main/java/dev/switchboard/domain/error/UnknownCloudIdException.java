package dev.switchboard.domain.error;

/** No app is configured for the Cloud ID the request named. */
public final class UnknownCloudIdException extends DomainException {
  public UnknownCloudIdException(String cloudId) {
    super(ErrorCode.UNKNOWN_CLOUD_ID, "Unknown Cloud ID '" + cloudId + "'.");
  }
}
