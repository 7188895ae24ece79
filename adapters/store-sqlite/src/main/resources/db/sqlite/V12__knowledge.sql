-- Knowledge extraction from chat messages. Times are epoch milliseconds (UTC).
-- Raw messages are stored first and never deleted; one row per (source, chat, platform message id), so a replayed
-- webhook delivery is the same row.
CREATE TABLE knowledge_message (
    id                  INTEGER PRIMARY KEY,
    source              TEXT    NOT NULL,
    chat_id             TEXT    NOT NULL,
    platform_message_id TEXT    NOT NULL,
    author              TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    sent_at             INTEGER NOT NULL,
    received_at         INTEGER NOT NULL,
    raw_payload         TEXT    NOT NULL,
    truncated           INTEGER NOT NULL DEFAULT 0,
    chat_allowed        INTEGER NOT NULL DEFAULT 1,
    extracted_at        INTEGER,
    extraction_batch    TEXT,
    UNIQUE (source, chat_id, platform_message_id)
);

CREATE TABLE knowledge_score (
    message_id INTEGER PRIMARY KEY REFERENCES knowledge_message (id),
    score      REAL    NOT NULL,
    signal     INTEGER NOT NULL,
    reason     TEXT    NOT NULL,
    scored_at  INTEGER NOT NULL
);

-- name_key is the lower-cased, space-collapsed name: one topic per name whatever its spelling.
CREATE TABLE knowledge_topic (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL UNIQUE,
    summary    TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- vector: the latest version's embedding (float32 little-endian), compared when merging new atoms of the same type.
CREATE TABLE knowledge_atom (
    id               INTEGER PRIMARY KEY,
    type             TEXT    NOT NULL,
    topic_id         INTEGER NOT NULL REFERENCES knowledge_topic (id),
    latest_version   INTEGER NOT NULL,
    approved_version INTEGER,
    vector           BLOB,
    created_at       INTEGER NOT NULL
);
CREATE INDEX knowledge_atom_type ON knowledge_atom (type);

CREATE TABLE knowledge_atom_version (
    atom_id       INTEGER NOT NULL REFERENCES knowledge_atom (id),
    version       INTEGER NOT NULL,
    type          TEXT    NOT NULL,
    topic_id      INTEGER NOT NULL REFERENCES knowledge_topic (id),
    title         TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'approved', 'rejected')),
    created_by    TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    reviewed_by   TEXT,
    reviewed_at   INTEGER,
    review_reason TEXT,
    PRIMARY KEY (atom_id, version)
);
CREATE INDEX knowledge_version_status ON knowledge_atom_version (status, created_at);

CREATE TABLE knowledge_version_source (
    atom_id    INTEGER NOT NULL,
    version    INTEGER NOT NULL,
    message_id INTEGER NOT NULL REFERENCES knowledge_message (id),
    PRIMARY KEY (atom_id, version, message_id),
    FOREIGN KEY (atom_id, version) REFERENCES knowledge_atom_version (atom_id, version)
);

-- Versions are history: only a draft's one review may change a row, and nothing is deleted.
CREATE TRIGGER knowledge_version_reviewed_once BEFORE UPDATE ON knowledge_atom_version
WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a reviewed version is history and cannot change'); END;
CREATE TRIGGER knowledge_version_no_delete BEFORE DELETE ON knowledge_atom_version
BEGIN SELECT RAISE(ABORT, 'atom versions are never deleted'); END;
