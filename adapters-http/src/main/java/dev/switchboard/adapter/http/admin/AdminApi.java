package dev.switchboard.adapter.http.admin;

/** The configuration condition shared by the admin controllers. */
final class AdminApi {
  /** {@code switchboard.admin.token} must hold a non-blank token for the admin API to exist. */
  static final String TOKEN_SET = ".*\\S.*";

  private AdminApi() {}
}
