-- Housekeeping: indexes that let the retention deletes find their rows without scanning tables.
-- Portable subset: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- Delivered, failed and rejected webhook deliveries by the time of their last attempt.
CREATE INDEX IF NOT EXISTS ix_webhook_deliveries_finished
  ON webhook_deliveries (status, last_attempt_at);

-- Ended callbacks by end time (NULL while the call is not over).
CREATE INDEX IF NOT EXISTS ix_callback_calls_ended ON callback_calls (ended_at);

-- Expired PINs, tokens and reservations.
CREATE INDEX IF NOT EXISTS ix_pin_verifications_expiry ON pin_verifications (expires_at);

CREATE INDEX IF NOT EXISTS ix_access_tokens_expiry ON access_tokens (expires_at);

CREATE INDEX IF NOT EXISTS ix_callthrough_reservations_expiry
  ON callthrough_reservations (expires_at);
