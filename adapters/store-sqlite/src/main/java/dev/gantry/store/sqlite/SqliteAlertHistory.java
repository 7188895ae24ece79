package dev.gantry.store.sqlite;

import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertHistory;
import dev.gantry.core.alert.AlertState;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Alert transitions in the append-only {@code alert_history} table (triggers refuse updates and deletes). */
public final class SqliteAlertHistory implements AlertHistory {
    private static final String COLUMNS = "at, rule, kind, subject, level, state, message, value, threshold";
    private static final String INSERT = "INSERT INTO alert_history (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LATEST = "SELECT " + COLUMNS + " FROM alert_history ORDER BY id DESC LIMIT ?";
    private static final String LAST_OF_EACH = "SELECT " + COLUMNS + " FROM alert_history WHERE id IN "
            + "(SELECT MAX(id) FROM alert_history GROUP BY rule, subject, level) ORDER BY id";
    private final SqliteDatabase db;

    public SqliteAlertHistory(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void append(AlertEvent e) {
        try {
            db.inTransaction(c -> insert(c, e));
        } catch (SQLException ex) {
            throw failure("could not record alert '" + e.rule() + "' in " + db.file() + "; check free disk space", ex);
        }
    }

    @Override
    public List<AlertEvent> latest(int limit) {
        return query(LATEST, limit);
    }

    @Override
    public List<AlertEvent> lastOfEachSubject() {
        return query(LAST_OF_EACH, null);
    }

    private List<AlertEvent> query(String sql, Integer limit) {
        try {
            return db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (limit != null) ps.setInt(1, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                        List<AlertEvent> out = new ArrayList<>();
                        while (rs.next()) out.add(read(rs));
                        return out;
                    }
                }
            });
        } catch (SQLException e) {
            throw failure("could not read the alert history from " + db.file() + "; check the file is readable", e);
        }
    }

    private static Void insert(Connection c, AlertEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setLong(1, e.at().toEpochMilli());
            ps.setString(2, e.rule());
            ps.setString(3, e.kind());
            ps.setString(4, e.subject());
            ps.setInt(5, e.level());
            ps.setString(6, e.state().code());
            ps.setString(7, e.message());
            ps.setDouble(8, e.value());
            ps.setDouble(9, e.threshold());
            ps.executeUpdate();
        }
        return null;
    }

    private static AlertEvent read(ResultSet rs) throws SQLException {
        return new AlertEvent(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5), AlertState.parse(rs.getString(6)), rs.getString(7), rs.getDouble(8), rs.getDouble(9));
    }

    private static GantryException failure(String message, SQLException cause) {
        return new GantryException(ErrorKind.INTERNAL, message, cause);
    }
}
