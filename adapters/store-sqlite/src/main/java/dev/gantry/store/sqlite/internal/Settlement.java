package dev.gantry.store.sqlite.internal;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestItem.State;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Writes settled item states and moves the job's counters by what really changed: each item's previous state
 * is read first, so an item marked twice (a retry, a resumed job) is counted once, and an item moved from
 * FAILED to DONE leaves {@code failed} and enters {@code done}. Runs inside the caller's write transaction.
 */
public final class Settlement {
    private static final String JOB = "SELECT ord, total FROM rag_jobs WHERE id = ?";
    private static final String STATE_OF = "SELECT state FROM rag_job_items WHERE job = ? AND seq = ?";
    private static final String SET_STATE = "UPDATE rag_job_items SET state = ?, error = ? WHERE job = ? AND seq = ?";
    private static final String MOVE_COUNTERS = "UPDATE rag_jobs SET done = done + ?, skipped = skipped + ?, "
            + "failed = failed + ?, updated_at = ? WHERE ord = ?";

    private Settlement() {
    }

    /** Fails before the transaction when an item cannot be a settlement of {@code jobId}. */
    public static void validate(String jobId, List<IngestItem> settled) {
        if (settled == null) throw GantryException.invalid("settled", "settled items is null; pass the items to mark");
        for (int i = 0; i < settled.size(); i++) {
            IngestItem item = settled.get(i);
            String param = "settled[" + i + "]";
            if (item == null) throw GantryException.invalid(param, "settled item " + i + " is null; remove it");
            if (item.state() == null) {
                throw GantryException.invalid(param, "item " + item.seq() + " of ingest job '" + jobId
                        + "' has no state; mark it DONE, SKIPPED or FAILED");
            }
            if (item.jobId() != null && !item.jobId().equals(jobId)) {
                throw GantryException.invalid(param, "item " + item.seq() + " belongs to ingest job '" + item.jobId()
                        + "', not '" + jobId + "'; mark each job's items under its own id");
            }
        }
    }

    /** @throws GantryException NOT_FOUND for an unknown job, INVALID_REQUEST for a seq the job does not have */
    public static Void apply(Connection c, String jobId, List<IngestItem> settled, Instant now) throws SQLException {
        Job job = Statements.first(c, JOB, rs -> new Job(jobId, rs.getLong(1), rs.getInt(2)), jobId)
                .orElseThrow(() -> unknownJob(jobId));
        Counters moved = new Counters();
        try (PreparedStatement stateOf = c.prepareStatement(STATE_OF);
             PreparedStatement setState = c.prepareStatement(SET_STATE)) {
            for (IngestItem item : settled) {
                State before = stateOf(stateOf, job, item.seq());
                setState(setState, job, item);
                moved.move(before, item.state());
            }
        }
        Statements.update(c, MOVE_COUNTERS, moved.done, moved.skipped, moved.failed, now.toEpochMilli(), job.ord());
        return null;
    }

    public static GantryException unknownJob(String jobId) {
        return new GantryException(ErrorKind.NOT_FOUND, "ingest job '" + jobId
                + "' does not exist (it may have been deleted with its collection); list the jobs to find its id");
    }

    private static State stateOf(PreparedStatement ps, Job job, int seq) throws SQLException {
        ps.setLong(1, job.ord());
        ps.setInt(2, seq);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) return State.valueOf(rs.getString(1));
        }
        String range = job.total() == 0 ? "it has no items" : "its items are numbered 0 to " + (job.total() - 1);
        throw GantryException.invalid("seq", "ingest job '" + job.id() + "' has no item " + seq + "; " + range
                + ", in the order they were given");
    }

    private static void setState(PreparedStatement ps, Job job, IngestItem item) throws SQLException {
        ps.setString(1, item.state().name());
        if (item.error() == null) ps.setNull(2, Types.VARCHAR);
        else ps.setString(2, item.error());
        ps.setLong(3, job.ord());
        ps.setInt(4, item.seq());
        ps.executeUpdate();
    }

    private record Job(String id, long ord, int total) {
    }

    /** Net change of the job's counters; PENDING has no counter. */
    private static final class Counters {
        int done;
        int skipped;
        int failed;

        void move(State from, State to) {
            add(from, -1);
            add(to, 1);
        }

        private void add(State state, int delta) {
            switch (state) {
                case DONE -> done += delta;
                case SKIPPED -> skipped += delta;
                case FAILED -> failed += delta;
                case PENDING -> { }
            }
        }
    }
}
