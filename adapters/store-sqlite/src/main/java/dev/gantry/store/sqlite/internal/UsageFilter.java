package dev.gantry.store.sqlite.internal;

import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageSearch;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a {@link UsageQuery}: {@code from} inclusive, {@code to} exclusive, string filters by
 * equality, {@code failedOnly} true = status >= 400, false = status < 400, null = any. Values are always bound
 * parameters, never spliced into the SQL.
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

    /** The explorer's filters: the query's, then error kind, stream, and text within the request id or route. */
    public static UsageFilter of(UsageSearch s) {
        UsageFilter base = of(s.filter());
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>(base.params);
        if (s.errorKind() != null) add(terms, params, "error_kind = ?", s.errorKind());
        if (s.stream() != null) add(terms, params, "stream = ?", s.stream() ? 1 : 0);
        if (s.text() != null && !s.text().isBlank()) {
            terms.add("(instr(lower(request_id), ?) > 0 OR instr(lower(COALESCE(route, '')), ?) > 0)");
            String needle = s.text().trim().toLowerCase(java.util.Locale.ROOT);
            params.add(needle);
            params.add(needle);
        }
        return new UsageFilter(base.where, params).and(terms);
    }

    /** This filter with more terms joined by AND. */
    public UsageFilter and(List<String> terms) {
        if (terms.isEmpty()) return this;
        String joined = String.join(" AND ", terms);
        return new UsageFilter(where.isEmpty() ? " WHERE " + joined : where + " AND " + joined, params);
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
