-- Web callback: spent nonces of app users (nonce + hash authentication, also used by
-- call-through) and the call records of callbacks.
-- Portable subset: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- A nonce is accepted once per user within its window; the row lives until expires_at and is
-- then purged (or replaced when the same nonce comes back after the window).
CREATE TABLE used_nonces (
  username   TEXT NOT NULL,
  nonce      TEXT NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_used_nonces PRIMARY KEY (username, nonce)
);

CREATE INDEX IF NOT EXISTS ix_used_nonces_expiry ON used_nonces (expires_at);

-- One row per web callback: the two legs (destination and callback number) side by side.
-- Leg states: TRYING, RINGING, ANSWERED, ENDED; call states: PLACING, BRIDGED, ENDED.
CREATE TABLE callback_calls (
  id              TEXT NOT NULL,
  username        TEXT NOT NULL,
  first_leg       TEXT NOT NULL,
  state           TEXT NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  bridged_at      TIMESTAMP WITH TIME ZONE,
  ended_at        TIMESTAMP WITH TIME ZONE,
  end_reason      TEXT,
  charged         NUMERIC(19, 4) NOT NULL,
  dst_number      TEXT NOT NULL,
  dst_state       TEXT NOT NULL,
  dst_sip_call_id TEXT,
  dst_reason      TEXT,
  dst_trying_at   TIMESTAMP WITH TIME ZONE,
  dst_ringing_at  TIMESTAMP WITH TIME ZONE,
  dst_answered_at TIMESTAMP WITH TIME ZONE,
  dst_ended_at    TIMESTAMP WITH TIME ZONE,
  cb_number       TEXT NOT NULL,
  cb_state        TEXT NOT NULL,
  cb_sip_call_id  TEXT,
  cb_reason       TEXT,
  cb_trying_at    TIMESTAMP WITH TIME ZONE,
  cb_ringing_at   TIMESTAMP WITH TIME ZONE,
  cb_answered_at  TIMESTAMP WITH TIME ZONE,
  cb_ended_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_callback_calls PRIMARY KEY (id)
);

-- An account's calls, newest first.
CREATE INDEX IF NOT EXISTS ix_callback_calls_user ON callback_calls (username, created_at);
