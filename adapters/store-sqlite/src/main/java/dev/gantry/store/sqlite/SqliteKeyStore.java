package dev.gantry.store.sqlite;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyStore;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.store.sqlite.internal.KeyRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Virtual keys in the {@code virtual_keys} table. Revoking disables a key and keeps its row (and name), so the
 * usage ledger still names it. Does not own the database: the caller closes it.
 */
public final class SqliteKeyStore implements KeyStore {
    private static final String SELECT = "SELECT " + KeyRows.COLUMNS + " FROM virtual_keys";
    private final SqliteDatabase db;

    public SqliteKeyStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<VirtualKey> findByHash(String keyHash) {
        try {
            return db.read(c -> query(c, SELECT + " WHERE key_hash = ?", keyHash)).stream().findFirst();
        } catch (SQLException e) {
            throw failure("could not look up a virtual key in " + db.file() + "; check the file is readable", e);
        }
    }

    /** Every key, revoked ones included, by name. */
    @Override
    public List<VirtualKey> list() {
        try {
            return db.read(c -> query(c, SELECT + " ORDER BY name", null));
        } catch (SQLException e) {
            throw failure("could not list virtual keys in " + db.file() + "; check the file is readable", e);
        }
    }

    @Override
    public void create(VirtualKey key) {
        KeyRows.validate(key);
        try {
            db.inTransaction(c -> insert(c, key));
        } catch (SQLException e) {
            if (isUniqueViolation(e)) throw duplicate(key, e);
            throw failure("could not create virtual key '" + key.name() + "' in " + db.file()
                    + "; check free disk space and file permissions", e);
        }
    }

    @Override
    public boolean revoke(String name) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE virtual_keys SET enabled = 0 WHERE name = ?")) {
                    ps.setString(1, name);
                    return ps.executeUpdate() > 0;
                }
            });
        } catch (SQLException e) {
            throw failure("could not revoke virtual key '" + name + "' in " + db.file()
                    + "; check free disk space and file permissions", e);
        }
    }

    private static Void insert(Connection c, VirtualKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(KeyRows.INSERT)) {
            KeyRows.bind(ps, key);
            ps.executeUpdate();
        }
        return null;
    }

    private static List<VirtualKey> query(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<VirtualKey> out = new ArrayList<>();
                while (rs.next()) out.add(KeyRows.read(rs));
                return out;
            }
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }

    /** Names which unique column clashed; the hash is never echoed (it identifies a live secret). */
    private IllegalArgumentException duplicate(VirtualKey key, SQLException e) {
        String detail = String.valueOf(e.getMessage());
        String message = detail.contains("virtual_keys.key_hash")
                ? "virtual key '" + key.name() + "' has the same secret as an existing key; generate a new secret"
                : "virtual key name '" + key.name() + "' is already taken (revoked keys keep their name); "
                        + "choose another name";
        return new IllegalArgumentException(message, e);
    }

    private static GantryException failure(String message, SQLException cause) {
        return new GantryException(ErrorKind.INTERNAL, message, cause);
    }
}
