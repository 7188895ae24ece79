package dev.gantry.store.sqlite.internal;

import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps {@link JobInfo} from rows of the {@code jobs} table (columns in record order, then the lease). */
public final class QueuedJobRows {
    public static final String COLUMNS = "id, queue, dedupe_key, payload, state, attempts, max_attempts, created_at, "
            + "updated_at, not_before, last_error, lease_token, lease_expires_at, ord";
    public static final String SELECT = "SELECT " + COLUMNS + " FROM jobs";
    public static final String INSERT = "INSERT INTO jobs (id, queue, dedupe_key, payload, state, attempts, "
            + "max_attempts, created_at, updated_at, not_before) VALUES (?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?) "
            + "ON CONFLICT DO NOTHING";

    private QueuedJobRows() {
    }

    /** Reads a row selected with {@link #COLUMNS}; times come back to the millisecond. */
    public static JobInfo read(ResultSet rs) throws SQLException {
        return new JobInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                JobState.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), instant(rs.getLong(8)),
                instant(rs.getLong(9)), instant(rs.getLong(10)), rs.getString(11));
    }

    /** A claimed row: the job, its lease and its {@code ord} (claim order). */
    public record Claimed(JobInfo job, String token, Instant expiresAt, long ord) {
        public static Claimed read(ResultSet rs) throws SQLException {
            return new Claimed(QueuedJobRows.read(rs), rs.getString(12), instant(rs.getLong(13)), rs.getLong(14));
        }
    }

    private static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }
}
