package dev.gantry.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.audit.AuditLog;
import dev.gantry.testkit.audit.AuditLogContract;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract over SQLite; tampering goes through a plain JDBC connection, as an intruder's would. */
class SqliteAuditLogIT extends AuditLogContract {
    @TempDir
    Path dataDir;
    SqliteDatabase db;

    @Override
    protected AuditLog openLog() {
        db = SqliteDatabase.open(dataDir);
        return new SqliteAuditLog(db);
    }

    @Override
    protected AuditLog reopenLog() {
        db.close();
        return openLog();
    }

    @Override
    protected void closeLog() {
        db.close();
    }

    private AuditTamper tamper() {
        return new AuditTamper(db.file());
    }

    @Override
    protected void tamperDetail(long seq, String name, String value) {
        tamper().exec("UPDATE audit_detail SET value = ? WHERE seq = ? AND name = ?", value, seq, name);
    }

    @Override
    protected void tamperType(long seq, String type) {
        tamper().exec("UPDATE audit_log SET type = ? WHERE seq = ?", type, seq);
    }

    @Override
    protected void tamperHash(long seq, String hash) {
        tamper().exec("UPDATE audit_log SET hash = ? WHERE seq = ?", hash, seq);
    }

    @Override
    protected void tamperDelete(long seq) {
        tamper().exec("DELETE FROM audit_log WHERE seq = ?", seq);
    }

    @Override
    protected void tamperSwap(long a, long b) {
        tamper().swap(a, b);
    }

    @Override
    protected void tamperDeleteFrom(long seq) {
        tamper().exec("DELETE FROM audit_log WHERE seq >= ?", seq);
    }

    @Test
    void should_refuse_updates_and_deletes_through_gantrys_own_connections() {
        log.append(event(1));

        assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE audit_log SET type = 'x'")))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM audit_detail")))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(log.verify().ok()).isTrue();
    }
}
