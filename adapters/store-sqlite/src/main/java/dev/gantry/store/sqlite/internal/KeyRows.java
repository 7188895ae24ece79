package dev.gantry.store.sqlite.internal;

import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetPeriod;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Maps {@link VirtualKey} to and from rows of the {@code virtual_keys} table. */
public final class KeyRows {
    public static final String COLUMNS =
            "name, key_hash, models, rpm, tpm, budget_usd, budget_period, enabled, created_at";
    public static final String INSERT = "INSERT INTO virtual_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private KeyRows() {
    }

    /** Fails before any write when a key cannot be stored faithfully. */
    public static void validate(VirtualKey k) {
        if (k.name() == null || k.name().isBlank()) {
            throw new IllegalArgumentException("virtual key name is empty; give the key a name such as 'team-a'");
        }
        if (k.keyHash() == null || k.keyHash().isBlank()) {
            throw new IllegalArgumentException("virtual key '" + k.name()
                    + "' has no key hash; store KeyHashing.sha256(secret), never the secret");
        }
        for (String alias : k.models()) {
            if (alias == null || alias.isEmpty() || alias.contains(",")) {
                throw new IllegalArgumentException("virtual key '" + k.name() + "' allows model '" + alias
                        + "'; model aliases must be non-empty and contain no comma");
            }
        }
    }

    public static void bind(PreparedStatement ps, VirtualKey k) throws SQLException {
        ps.setString(1, k.name());
        ps.setString(2, k.keyHash());
        ps.setString(3, String.join(",", k.models()));
        ps.setLong(4, k.rpm());
        ps.setLong(5, k.tpm());
        KeyBudget b = k.budget();
        nullableText(ps, 6, b == null ? null : b.usd().toPlainString());
        nullableText(ps, 7, b == null ? null : b.period().name());
        ps.setInt(8, k.enabled() ? 1 : 0);
        Instant created = k.createdAt() == null ? Instant.now() : k.createdAt();
        ps.setLong(9, created.toEpochMilli());
    }

    /** Reads a row selected with {@link #COLUMNS}; createdAt comes back to the millisecond. */
    public static VirtualKey read(ResultSet rs) throws SQLException {
        return new VirtualKey(rs.getString(1), rs.getString(2), models(rs.getString(3)), rs.getLong(4),
                rs.getLong(5), budget(rs.getString(6), rs.getString(7)), rs.getInt(8) == 1,
                Instant.ofEpochMilli(rs.getLong(9)));
    }

    private static List<String> models(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static KeyBudget budget(String usd, String period) {
        return usd == null ? null : new KeyBudget(new BigDecimal(usd), BudgetPeriod.parse(period));
    }

    private static void nullableText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) ps.setNull(index, Types.VARCHAR);
        else ps.setString(index, value);
    }
}
