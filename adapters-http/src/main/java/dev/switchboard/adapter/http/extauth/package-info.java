/**
 * Outbound (driven): a {@code CredentialVerifier} that asks a provider's External Authentication
 * web service, for SSO when {@code switchboard.smart-contacts.credential-source=remote}.
 */
package dev.switchboard.adapter.http.extauth;
