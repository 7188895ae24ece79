-- Provider batch API jobs (OpenAI Batch, Anthropic Message Batches) submitted through Gantry, so a restart
-- resumes polling them; the custom ids they were submitted with; their result lines once settled; and in the usage ledger which batch a row came from and
-- what the batch discount saved, in nano-USD.
CREATE TABLE batches (
    id            TEXT PRIMARY KEY,
    alias         TEXT NOT NULL,
    provider      TEXT NOT NULL,
    model         TEXT NOT NULL,
    upstream_id   TEXT NOT NULL,
    state         TEXT NOT NULL,
    total         INTEGER NOT NULL,
    succeeded     INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    submitted_at  INTEGER NOT NULL,
    finished_at   INTEGER,
    key_name      TEXT,
    feature       TEXT,
    settled       INTEGER NOT NULL DEFAULT 0,
    error         TEXT
);
CREATE INDEX batches_unsettled ON batches (settled, submitted_at);

CREATE TABLE batch_items (
    batch_id   TEXT NOT NULL REFERENCES batches (id),
    seq        INTEGER NOT NULL,
    custom_id  TEXT NOT NULL,
    PRIMARY KEY (batch_id, seq)
);

CREATE TABLE batch_results (
    batch_id   TEXT NOT NULL REFERENCES batches (id),
    seq        INTEGER NOT NULL,
    custom_id  TEXT NOT NULL,
    line       TEXT NOT NULL,
    PRIMARY KEY (batch_id, seq)
);

ALTER TABLE usage ADD COLUMN batch_id TEXT;
ALTER TABLE usage ADD COLUMN batch_saved_nano_usd INTEGER NOT NULL DEFAULT 0;
