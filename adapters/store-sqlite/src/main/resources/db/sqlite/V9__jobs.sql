-- Background jobs (the JobQueue port). Times are epoch milliseconds (UTC). ord orders jobs created in the same
-- millisecond; AUTOINCREMENT: never reused. A RUNNING job holds a lease: lease_token names the delivery and
-- lease_expires_at ends it; a RUNNING row whose lease has expired is due again (at-least-once delivery).
-- dedupe_key is unique per queue for as long as the row exists (no time window).
CREATE TABLE jobs (
    ord              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT    NOT NULL UNIQUE,
    queue            TEXT    NOT NULL,
    dedupe_key       TEXT,
    payload          TEXT    NOT NULL,
    state            TEXT    NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'DEAD')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts     INTEGER NOT NULL CHECK (max_attempts >= 1),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    not_before       INTEGER NOT NULL,
    lease_token      TEXT,
    lease_expires_at INTEGER,
    last_error       TEXT
);

CREATE UNIQUE INDEX jobs_dedupe ON jobs (queue, dedupe_key) WHERE dedupe_key IS NOT NULL;
-- Partial indexes: a claim finds due and expired jobs without walking the finished ones.
CREATE INDEX jobs_due ON jobs (queue, not_before) WHERE state = 'QUEUED';
CREATE INDEX jobs_leased ON jobs (queue, lease_expires_at) WHERE state = 'RUNNING';
CREATE INDEX jobs_by_queue ON jobs (queue, state, created_at);
CREATE INDEX jobs_created ON jobs (created_at);
