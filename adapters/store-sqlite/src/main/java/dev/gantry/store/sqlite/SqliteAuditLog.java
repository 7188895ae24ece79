package dev.gantry.store.sqlite;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditHead;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.store.sqlite.internal.AuditRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The audit log in the {@code audit_log} and {@code audit_detail} tables. An append reads the head and writes
 * the next record in one {@code BEGIN IMMEDIATE} transaction, which holds SQLite's write lock: appenders on
 * any thread, or in another process on the same file (the CLI beside a server), extend one chain. It is
 * committed before {@link #append} returns. Does not own the database: the caller closes it.
 */
public final class SqliteAuditLog implements AuditLog {
    private final SqliteDatabase db;

    public SqliteAuditLog(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public AuditRecord append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            return db.inTransaction(c -> {
                AuditRecord r = AuditRecord.after(AuditRows.head(c), event);
                AuditRows.insert(c, r);
                return r;
            });
        } catch (SQLException e) {
            throw failure("could not append a '" + event.type() + "' record to the audit log in " + db.file()
                    + "; check free disk space and file permissions", e);
        }
    }

    @Override
    public List<AuditRecord> read(long afterSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("audit log page size " + limit + " is below 1; ask for at least one record");
        }
        try {
            return db.read(c -> AuditRows.page(c, afterSeq, limit));
        } catch (SQLException e) {
            throw failure("could not read the audit log from " + db.file() + "; check the file is readable", e);
        }
    }

    /** Scans audit_log for the pair (no index on subject: the detail view asks one request at a time). */
    @Override
    public List<AuditRecord> find(String type, String subject, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("audit log page size " + limit + " is below 1; ask for at least one record");
        }
        try {
            return db.read(c -> AuditRows.about(c, type, subject, limit));
        } catch (SQLException e) {
            throw failure("could not search the audit log in " + db.file() + "; check the file is readable", e);
        }
    }

    @Override
    public AuditHead head() {
        try {
            return db.read(AuditRows::head);
        } catch (SQLException e) {
            throw failure("could not read the audit log head from " + db.file() + "; check the file is readable", e);
        }
    }

    private static GantryException failure(String message, SQLException cause) {
        return new GantryException(ErrorKind.INTERNAL, message, cause);
    }
}
