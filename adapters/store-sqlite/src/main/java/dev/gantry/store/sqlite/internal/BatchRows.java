package dev.gantry.store.sqlite.internal;

import dev.gantry.core.batch.BatchCounts;
import dev.gantry.core.batch.BatchRecord;
import dev.gantry.core.batch.BatchState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps {@link BatchRecord} to and from rows of the {@code batches} table. */
public final class BatchRows {
    public static final String COLUMNS = "id, alias, provider, model, upstream_id, state, total, succeeded, failed, "
            + "submitted_at, finished_at, key_name, feature, settled, error";
    public static final String INSERT = "INSERT INTO batches (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    public static final String UPDATE = "UPDATE batches SET state = ?, total = ?, succeeded = ?, failed = ?, "
            + "finished_at = ?, error = ? WHERE id = ?";

    private BatchRows() {
    }

    public static Object[] insertParams(BatchRecord b) {
        return new Object[]{b.id(), b.alias(), b.provider(), b.model(), b.upstreamId(), b.state().wire(),
                b.counts().total(), b.counts().succeeded(), b.counts().failed(), b.submittedAt().toEpochMilli(),
                millis(b.finishedAt()), b.keyName(), b.feature(), b.settled() ? 1 : 0, b.error()};
    }

    public static Object[] updateParams(BatchRecord b) {
        return new Object[]{b.state().wire(), b.counts().total(), b.counts().succeeded(), b.counts().failed(),
                millis(b.finishedAt()), b.error(), b.id()};
    }

    public static BatchRecord read(ResultSet rs) throws SQLException {
        long finished = rs.getLong(11);
        boolean noFinish = rs.wasNull();
        return new BatchRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                BatchState.fromWire(rs.getString(6)), new BatchCounts(rs.getInt(7), rs.getInt(8), rs.getInt(9)),
                Instant.ofEpochMilli(rs.getLong(10)), noFinish ? null : Instant.ofEpochMilli(finished),
                rs.getString(12), rs.getString(13), rs.getInt(14) == 1, rs.getString(15));
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }
}
