package dev.gantry.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One-shot prepared statements with positional parameters, for the stores' simple queries and updates. */
public final class Statements {
    private Statements() {
    }

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, RowReader<T> reader, Object... params)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(reader.read(rs));
            return out;
        }
    }

    public static <T> Optional<T> first(Connection c, String sql, RowReader<T> reader, Object... params)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
        }
    }

    /**
     * The rows of {@code select} (a SELECT without WHERE) newest first, by {@code created_at} then insertion order
     * ({@code ord}), at most {@code limit}; only those whose {@code column} (a name from our code, never input) equals
     * {@code value}, unless {@code value} is null.
     */
    public static <T> List<T> newestFirst(Connection c, String select, String column, String value,
            RowReader<T> reader, int limit) throws SQLException {
        String order = " ORDER BY created_at DESC, ord DESC LIMIT ?";
        return value == null
                ? list(c, select + order, reader, limit)
                : list(c, select + " WHERE " + column + " = ?" + order, reader, value, limit);
    }

    /** @return the number of rows changed */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
