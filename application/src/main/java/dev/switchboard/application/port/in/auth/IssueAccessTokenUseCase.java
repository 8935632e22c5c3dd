package dev.switchboard.application.port.in.auth;

/** Use case: SSO — exchange SIP credentials for an expiring bearer token. */
public interface IssueAccessTokenUseCase {

  /**
   * @throws dev.switchboard.domain.error.WrongCredentialsException bad credentials
   * @throws dev.switchboard.domain.error.ThrottledException too many failures
   */
  TokenGrant issue(AuthenticateAccountCommand command);
}
