-- Agent runs and their steps. Times are epoch milliseconds (UTC); costs are nano-USD integers (exact sums).
-- state: the agent loop's JSON (conversation and calls awaiting approval), opaque to the store; it is what lets
-- a run waiting for approval be resumed after a restart. ord orders runs created in the same millisecond.
CREATE TABLE agent_runs (
    ord           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT    NOT NULL UNIQUE,
    agent         TEXT    NOT NULL,
    key_id        TEXT,
    status        TEXT    NOT NULL CHECK (status IN ('RUNNING', 'WAITING_APPROVAL', 'COMPLETED', 'STOPPED', 'FAILED')),
    stop_reason   TEXT,
    input         TEXT,
    answer        TEXT,
    state         TEXT,
    steps         INTEGER NOT NULL DEFAULT 0 CHECK (steps >= 0),
    input_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_nano_usd INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE INDEX agent_runs_agent ON agent_runs (agent, created_at);
CREATE INDEX agent_runs_created ON agent_runs (created_at);

-- One row per model call, tool call or approval decision. detail never holds prompt text (see AgentStep).
CREATE TABLE agent_steps (
    run_id        TEXT    NOT NULL REFERENCES agent_runs (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    kind          TEXT    NOT NULL CHECK (kind IN ('MODEL', 'TOOL', 'APPROVAL')),
    name          TEXT    NOT NULL,
    call_id       TEXT,
    detail        TEXT,
    outcome       TEXT    NOT NULL,
    input_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_nano_usd INTEGER NOT NULL DEFAULT 0,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    at            INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;
