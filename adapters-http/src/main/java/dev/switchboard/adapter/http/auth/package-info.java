/**
 * Inbound (driving): External Authentication ({@code /ext_auth}), the SSO token endpoints
 * ({@code /sso/token}, {@code /sso/revoke}) and bearer-token authentication of the API.
 */
package dev.switchboard.adapter.http.auth;
