-- The audit log: an append-only hash chain (see dev.gantry.core.audit.AuditHash for what each hash covers).
-- seq counts 1, 2, 3 ... without gaps; at is epoch milliseconds (UTC); hashes are lower-case hex SHA-256.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    type          TEXT    NOT NULL,
    actor         TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);

-- One row per detail, so that any stored value reads back as text the chain check can hash.
CREATE TABLE audit_detail (
    seq   INTEGER NOT NULL REFERENCES audit_log (seq) ON DELETE CASCADE,
    name  TEXT    NOT NULL,
    value TEXT    NOT NULL,
    PRIMARY KEY (seq, name)
) WITHOUT ROWID;

-- Append-only for Gantry's own connections: a bug cannot rewrite history. Someone with the file can drop
-- these triggers; the hash chain (and a head kept elsewhere) is what catches that.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_detail_no_update BEFORE UPDATE ON audit_detail
BEGIN SELECT RAISE(ABORT, 'audit_detail is append-only'); END;
CREATE TRIGGER audit_detail_no_delete BEFORE DELETE ON audit_detail
BEGIN SELECT RAISE(ABORT, 'audit_detail is append-only'); END;
