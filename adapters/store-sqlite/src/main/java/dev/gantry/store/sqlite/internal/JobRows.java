package dev.gantry.store.sqlite.internal;

import dev.gantry.core.rag.IngestJob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps {@link IngestJob} to and from rows of the {@code rag_jobs} table (columns in record order). */
public final class JobRows {
    public static final String COLUMNS = "id, collection, status, total, done, skipped, failed, created_at, updated_at";
    public static final String INSERT = "INSERT INTO rag_jobs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private JobRows() {
    }

    public static void bind(PreparedStatement ps, IngestJob job) throws SQLException {
        ps.setString(1, job.id());
        ps.setString(2, job.collection());
        ps.setString(3, job.status().name());
        ps.setInt(4, job.total());
        ps.setInt(5, job.done());
        ps.setInt(6, job.skipped());
        ps.setInt(7, job.failed());
        ps.setLong(8, job.createdAt().toEpochMilli());
        ps.setLong(9, job.updatedAt().toEpochMilli());
    }

    /** Reads a row selected with {@link #COLUMNS}; times come back to the millisecond. */
    public static IngestJob read(ResultSet rs) throws SQLException {
        return new IngestJob(rs.getString(1), rs.getString(2), IngestJob.Status.valueOf(rs.getString(3)),
                rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), Instant.ofEpochMilli(rs.getLong(8)),
                Instant.ofEpochMilli(rs.getLong(9)));
    }
}
