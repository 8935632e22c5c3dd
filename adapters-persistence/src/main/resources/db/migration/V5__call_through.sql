-- Web call-through: DTMF-less reservations "a call from caller X to access number A within the
-- window is account U calling target T", shared by every instance of the service.
-- Portable subset: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.
-- One row per (caller, access number) slot. The primary key makes claims atomic across
-- instances: a free slot (used, or expired) is claimed with a conditional UPDATE, a new one with
-- an INSERT that at most one writer wins. Rows stay after use (one per caller and access number,
-- so bounded by the pool size) and tell which access number a caller had last (stickiness).
-- Numbers are stored as their E.164 digits without the '+' (E.164 = '+' || digits).
CREATE TABLE callthrough_reservations (
  caller_digits  BIGINT NOT NULL,
  access_digits  BIGINT NOT NULL,
  reservation_id TEXT NOT NULL,
  -- Every caller number of the reservation (the account's verified numbers), E.164,
  -- comma-separated: one row per number, all with the same reservation_id.
  callers        TEXT NOT NULL,
  cloud_id       TEXT NOT NULL,
  username       TEXT NOT NULL,
  target         TEXT NOT NULL,
  reserved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  used           BOOLEAN NOT NULL,
  CONSTRAINT pk_callthrough_reservations PRIMARY KEY (caller_digits, access_digits)
);

-- The caller's most recent reservation (sticky access number).
CREATE INDEX IF NOT EXISTS ix_callthrough_reservations_recent
  ON callthrough_reservations (caller_digits, reserved_at);

-- Sibling rows of one reservation (an account with several verified numbers).
CREATE INDEX IF NOT EXISTS ix_callthrough_reservations_id
  ON callthrough_reservations (reservation_id);
