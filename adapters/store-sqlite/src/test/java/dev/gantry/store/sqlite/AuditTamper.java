package dev.gantry.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Changes audit rows the way someone with the database file could: a plain JDBC connection that first drops
 * the append-only triggers and turns on foreign keys (so deleting a record deletes its details).
 */
record AuditTamper(Path file) {
    private static final String[] TRIGGERS = {"audit_log_no_update", "audit_log_no_delete", "audit_detail_no_update",
            "audit_detail_no_delete"};

    void exec(String sql, Object... params) {
        try (Connection c = open(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            if (ps.executeUpdate() == 0) throw new IllegalStateException("tampering changed nothing: " + sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Swaps every column but seq of two records, and their details, in one transaction. */
    void swap(long a, long b) {
        try (Connection c = open(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            long parked = -1;
            st.executeUpdate("PRAGMA defer_foreign_keys = ON");
            move(st, a, parked);
            move(st, b, a);
            move(st, parked, b);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Statement st, long from, long to) throws SQLException {
        st.executeUpdate("UPDATE audit_log SET seq = " + to + " WHERE seq = " + from);
        st.executeUpdate("UPDATE audit_detail SET seq = " + to + " WHERE seq = " + from);
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            for (String t : TRIGGERS) st.execute("DROP TRIGGER IF EXISTS " + t);
        }
        return c;
    }
}
