-- RAG collections: the catalogue only; each collection's chunks live in its vector index.
-- created_at is epoch milliseconds (UTC). Names compare byte for byte ('Docs' and 'docs' are two collections).
CREATE TABLE rag_collections (
    name            TEXT    NOT NULL PRIMARY KEY,
    embedding_model TEXT    NOT NULL,
    dimensions      INTEGER NOT NULL CHECK (dimensions > 0),
    chunk_tokens    INTEGER NOT NULL CHECK (chunk_tokens > 0),
    overlap_tokens  INTEGER NOT NULL CHECK (overlap_tokens >= 0),
    created_at      INTEGER NOT NULL
);

-- Ingest jobs. ord orders jobs created in the same millisecond and is the items' compact key (an integer
-- instead of the 36-character id halves the size of a 100k-item job); AUTOINCREMENT: never reused.
-- done/skipped/failed are kept in step with the items' states by the store, in the transaction that changes them.
-- No foreign key to rag_collections: the two ports are independent (a job store may live elsewhere).
CREATE TABLE rag_jobs (
    ord        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT    NOT NULL UNIQUE,
    collection TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    total      INTEGER NOT NULL CHECK (total >= 0),
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0),
    skipped    INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
    failed     INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (done + skipped + failed <= total)
);

CREATE INDEX rag_jobs_collection ON rag_jobs (collection, created_at);
CREATE INDEX rag_jobs_created ON rag_jobs (created_at);
CREATE INDEX rag_jobs_unfinished ON rag_jobs (created_at) WHERE status IN ('QUEUED', 'RUNNING');

-- The items of a job, numbered from 0. A rowid table rather than WITHOUT ROWID: inline payloads may be
-- megabytes, and SQLite keeps big rows in overflow pages far better in rowid tables.
-- job: rag_jobs.ord; ref: the file (FILE, JSONL_LINE); line: from 1 for JSONL_LINE, else 0;
-- payload: the JSON of an INLINE item.
CREATE TABLE rag_job_items (
    job     INTEGER NOT NULL REFERENCES rag_jobs (ord) ON DELETE CASCADE,
    seq     INTEGER NOT NULL CHECK (seq >= 0),
    kind    TEXT    NOT NULL CHECK (kind IN ('FILE', 'JSONL_LINE', 'INLINE')),
    ref     TEXT,
    line    INTEGER NOT NULL DEFAULT 0,
    payload TEXT,
    state   TEXT    NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE', 'SKIPPED', 'FAILED')),
    error   TEXT,
    PRIMARY KEY (job, seq)
);

-- Partial indexes: a resumed job finds its remaining and failed items without walking the settled ones.
CREATE INDEX rag_job_items_pending ON rag_job_items (job, seq) WHERE state = 'PENDING';
CREATE INDEX rag_job_items_failed ON rag_job_items (job, seq) WHERE state = 'FAILED';
