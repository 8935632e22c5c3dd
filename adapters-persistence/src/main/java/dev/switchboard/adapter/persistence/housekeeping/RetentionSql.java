package dev.switchboard.adapter.persistence.housekeeping;

/**
 * The batched deletes, portable between PostgreSQL 15 and H2: the subquery picks at most
 * {@code limit} keys, and the outer statement repeats the condition, so a row changed after the
 * subquery saw it (a webhook replayed, a slot reclaimed, a PIN re-issued) is re-checked and kept.
 */
final class RetentionSql {
  static final String WEBHOOKS = """
      DELETE FROM webhook_deliveries
       WHERE id IN (SELECT id FROM webhook_deliveries
                     WHERE status = ? AND last_attempt_at < ? LIMIT ?)
         AND status = ? AND last_attempt_at < ?""";
  static final String ENDED_CALLS = """
      DELETE FROM callback_calls
       WHERE id IN (SELECT id FROM callback_calls
                     WHERE ended_at < ? AND state = 'ENDED' LIMIT ?)
         AND ended_at < ? AND state = 'ENDED'""";
  static final String PINS = """
      DELETE FROM pin_verifications
       WHERE e164 IN (SELECT e164 FROM pin_verifications
                       WHERE expires_at < ? AND day_start < ? LIMIT ?)
         AND expires_at < ? AND day_start < ?""";
  static final String TOKENS = """
      DELETE FROM access_tokens
       WHERE digest IN (SELECT digest FROM access_tokens WHERE expires_at < ? LIMIT ?)
         AND expires_at < ?""";
  static final String NONCES = """
      DELETE FROM used_nonces
       WHERE (username, nonce) IN (SELECT username, nonce FROM used_nonces
                                    WHERE expires_at < ? LIMIT ?)
         AND expires_at < ?""";
  static final String RESERVATIONS = """
      DELETE FROM callthrough_reservations
       WHERE (caller_digits, access_digits) IN (SELECT caller_digits, access_digits
                                                  FROM callthrough_reservations
                                                 WHERE expires_at < ? LIMIT ?)
         AND expires_at < ?""";

  private RetentionSql() {}
}
