-- Workflow runs and their steps. Times are epoch milliseconds (UTC). ord orders runs created in the same
-- millisecond. A step row is written before the next step starts; output is the state delta the step wrote (JSON).
CREATE TABLE workflow_runs (
    ord        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT    NOT NULL UNIQUE,
    workflow   TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    input      TEXT    NOT NULL,
    error      TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX workflow_runs_workflow ON workflow_runs (workflow, created_at);
CREATE INDEX workflow_runs_running ON workflow_runs (created_at) WHERE status = 'RUNNING';

-- seq: the order steps were first started in (kept when a step's record is replaced).
CREATE TABLE workflow_steps (
    run         INTEGER NOT NULL REFERENCES workflow_runs (ord) ON DELETE CASCADE,
    step        TEXT    NOT NULL,
    seq         INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    attempts    INTEGER NOT NULL CHECK (attempts >= 1),
    output      TEXT,
    error       TEXT,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    PRIMARY KEY (run, step)
);
