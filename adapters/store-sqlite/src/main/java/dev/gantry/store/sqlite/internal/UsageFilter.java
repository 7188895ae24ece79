package dev.gantry.store.sqlite.internal;

import dev.gantry.core.usage.UsageQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a {@link UsageQuery}: {@code from} inclusive, {@code to} exclusive, string filters by
 * equality, {@code failedOnly} true = status >= 400, false = status < 400, null = any.
 */
public record UsageFilter(String where, List<Object> params) {

    public static UsageFilter of(UsageQuery q) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.from() != null) add(terms, params, "ts >= ?", q.from().toEpochMilli());
        if (q.to() != null) add(terms, params, "ts < ?", q.to().toEpochMilli());
        if (q.keyName() != null) add(terms, params, "key_name = ?", q.keyName());
        if (q.alias() != null) add(terms, params, "alias = ?", q.alias());
        if (q.provider() != null) add(terms, params, "provider = ?", q.provider());
        if (q.feature() != null) add(terms, params, "feature = ?", q.feature());
        if (q.failedOnly() != null) terms.add(q.failedOnly() ? "status >= 400" : "status < 400");
        String where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        return new UsageFilter(where, List.copyOf(params));
    }

    /** Binds the filter's parameters from position {@code first}; returns the next free position. */
    public int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static void add(List<String> terms, List<Object> params, String term, Object value) {
        terms.add(term);
        params.add(value);
    }
}
