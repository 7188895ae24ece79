package dev.gantry.store.sqlite.internal;

import dev.gantry.core.usage.UsageRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Maps {@link UsageRecord} to and from rows of the {@code usage} table (columns in record order). */
public final class UsageRows {
    public static final String COLUMNS = "request_id, ts, key_name, alias, provider, upstream_model, endpoint, "
            + "stream, input_tokens, output_tokens, cached_input_tokens, cache_write_tokens, reasoning_tokens, "
            + "cost_nano_usd, latency_ms, ttft_ms, status, error_kind, attempts, route, feature, overhead_us, cache, saved_nano_usd, "
            + "selection, routing_saved_nano_usd, batch_id, batch_saved_nano_usd";
    /** Idempotent on request_id: a batch retried after an unclear failure writes no duplicates. */
    public static final String INSERT = "INSERT OR IGNORE INTO usage (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private UsageRows() {
    }

    /** Fails before any write when a record lacks what the table requires. */
    public static void validate(UsageRecord r) {
        if (r == null) throw new IllegalArgumentException("usage record is null; pass only non-null records");
        if (r.requestId() == null || r.requestId().isBlank()) {
            throw new IllegalArgumentException("usage record at " + r.timestamp()
                    + " has no requestId; every record needs the request id given to the client");
        }
        if (r.timestamp() == null) {
            throw new IllegalArgumentException("usage record " + r.requestId()
                    + " has no timestamp; set it to the instant the request was received");
        }
    }

    public static void bind(PreparedStatement ps, UsageRecord r) throws SQLException {
        ps.setString(1, r.requestId());
        ps.setLong(2, r.timestamp().toEpochMilli());
        text(ps, 3, r.keyName());
        text(ps, 4, r.alias());
        text(ps, 5, r.provider());
        text(ps, 6, r.upstreamModel());
        text(ps, 7, r.endpoint());
        ps.setInt(8, r.stream() ? 1 : 0);
        ps.setLong(9, r.inputTokens());
        ps.setLong(10, r.outputTokens());
        ps.setLong(11, r.cachedInputTokens());
        ps.setLong(12, r.cacheWriteTokens());
        ps.setLong(13, r.reasoningTokens());
        ps.setLong(14, NanoUsd.fromUsd(r.costUsd()));
        ps.setLong(15, r.latencyMs());
        ps.setLong(16, r.ttftMs());
        ps.setInt(17, r.status());
        text(ps, 18, r.errorKind());
        ps.setInt(19, r.attempts());
        text(ps, 20, r.route());
        text(ps, 21, r.feature());
        ps.setLong(22, r.overheadMicros());
        text(ps, 23, r.cache());
        ps.setLong(24, NanoUsd.fromUsd(r.savedUsd()));
        text(ps, 25, r.selection());
        ps.setLong(26, NanoUsd.fromUsd(r.routingSavedUsd()));
        text(ps, 27, r.batchId());
        ps.setLong(28, NanoUsd.fromUsd(r.batchSavedUsd()));
    }

    /** Reads a row selected with {@link #COLUMNS}; cost comes back with scale 9. */
    public static UsageRecord read(ResultSet rs) throws SQLException {
        return new UsageRecord(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8) == 1,
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                NanoUsd.toUsd(rs.getLong(14)), rs.getLong(15), rs.getLong(16), rs.getInt(17), rs.getString(18),
                rs.getInt(19), rs.getString(20), rs.getString(21), rs.getLong(22), rs.getString(23),
                NanoUsd.savedUsd(rs.getLong(24)), rs.getString(25), NanoUsd.savedUsd(rs.getLong(26)),
                rs.getString(27), NanoUsd.savedUsd(rs.getLong(28)));
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) ps.setNull(index, Types.VARCHAR);
        else ps.setString(index, value);
    }
}
