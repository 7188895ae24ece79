-- The usage ledger: one row per gateway request, written in batches, idempotent on request_id.
-- Cost is INTEGER nano-USD so that sums are exact; timestamps are epoch milliseconds (UTC).
CREATE TABLE usage (
    request_id          TEXT    NOT NULL UNIQUE,
    ts                  INTEGER NOT NULL,
    key_name            TEXT,
    alias               TEXT,
    provider            TEXT,
    upstream_model      TEXT,
    endpoint            TEXT,
    stream              INTEGER NOT NULL CHECK (stream IN (0, 1)),
    input_tokens        INTEGER NOT NULL,
    output_tokens       INTEGER NOT NULL,
    cached_input_tokens INTEGER NOT NULL,
    cache_write_tokens  INTEGER NOT NULL,
    reasoning_tokens    INTEGER NOT NULL,
    cost_nano_usd       INTEGER NOT NULL,
    latency_ms          INTEGER NOT NULL,
    ttft_ms             INTEGER NOT NULL,
    status              INTEGER NOT NULL,
    error_kind          TEXT,
    attempts            INTEGER NOT NULL,
    route               TEXT,
    feature             TEXT
);

CREATE INDEX usage_ts ON usage (ts);
CREATE INDEX usage_key_ts ON usage (key_name, ts);
CREATE INDEX usage_alias_ts ON usage (alias, ts);

-- Virtual keys created at run time. Only the SHA-256 of the secret is stored.
-- models: allowed aliases as a comma-separated list, '' meaning all.
-- budget_usd: exact decimal text; NULL together with budget_period when the key has no budget.
CREATE TABLE virtual_keys (
    name          TEXT    NOT NULL UNIQUE,
    key_hash      TEXT    NOT NULL UNIQUE,
    models        TEXT    NOT NULL DEFAULT '',
    rpm           INTEGER NOT NULL DEFAULT 0,
    tpm           INTEGER NOT NULL DEFAULT 0,
    budget_usd    TEXT,
    budget_period TEXT,
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at    INTEGER NOT NULL,
    CHECK ((budget_usd IS NULL) = (budget_period IS NULL))
);
