package dev.gantry.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseIT {
    @TempDir
    Path dataDir;

    @Test
    void should_create_the_file_in_a_missing_data_directory() {
        Path nested = dataDir.resolve("a/b");

        try (SqliteDatabase db = SqliteDatabase.open(nested)) {
            assertThat(db.file()).isEqualTo(nested.toAbsolutePath().resolve("gantry.db")).exists();
        }
    }

    @Test
    void should_use_wal_journal_normal_sync_busy_timeout_and_foreign_keys() throws SQLException {
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            assertThat(onWriter(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(onWriter(db, "PRAGMA synchronous")).isEqualTo("1"); // NORMAL
            assertThat(onWriter(db, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(onReader(db, "PRAGMA busy_timeout")).isEqualTo("10000");
            assertThat(onReader(db, "PRAGMA foreign_keys")).isEqualTo("1");
        }
    }

    @Test
    void should_refuse_writes_on_reader_connections() throws SQLException {
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            assertThatThrownBy(() -> db.read(c -> c.createStatement().execute("DELETE FROM usage")))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void should_apply_the_migration_once_across_reopens() throws SQLException {
        SqliteDatabase.open(dataDir).close();

        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            assertThat(onReader(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 "
                    + "AND version = '1'")).isEqualTo("1");
        }
    }

    @Test
    void should_roll_back_a_failed_transaction() throws SQLException {
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                c.createStatement().execute("INSERT INTO virtual_keys (name, key_hash, created_at) VALUES ('k', 'h', 0)");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");

            assertThat(onReader(db, "SELECT COUNT(*) FROM virtual_keys")).isEqualTo("0");
        }
    }

    @Test
    void should_reject_use_after_close_with_the_file_named() {
        SqliteDatabase db = SqliteDatabase.open(dataDir);
        db.close();

        assertThatThrownBy(() -> onReader(db, "SELECT 1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gantry.db is closed");
    }

    private static String onWriter(SqliteDatabase db, String sql) throws SQLException {
        return db.inTransaction(c -> scalar(c, sql));
    }

    private static String onReader(SqliteDatabase db, String sql) throws SQLException {
        return db.read(c -> scalar(c, sql));
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
