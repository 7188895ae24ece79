package dev.gantry.store.sqlite;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.core.rag.IngestJobStore;
import dev.gantry.store.sqlite.internal.ItemRows;
import dev.gantry.store.sqlite.internal.JobRows;
import dev.gantry.store.sqlite.internal.Settlement;
import dev.gantry.store.sqlite.internal.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Ingest jobs in {@code rag_jobs} and their items in {@code rag_job_items}. Job ids are random UUIDs; times are
 * kept to the millisecond and stamped from the clock given; jobs created in the same millisecond keep their
 * creation order. Every write is one transaction. Does not own the database: the caller closes it.
 */
public final class SqliteIngestJobStore implements IngestJobStore {
    /** Rows per JDBC batch: bounds the driver's buffered parameters (inline payloads can be megabytes). */
    private static final int INSERT_BATCH = 500;
    private static final String SELECT_JOB = "SELECT " + JobRows.COLUMNS + " FROM rag_jobs";

    private final SqliteDatabase db;
    private final Clock clock;

    public SqliteIngestJobStore(SqliteDatabase db) {
        this(db, Clock.systemUTC());
    }

    public SqliteIngestJobStore(SqliteDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the job QUEUED with every item PENDING, whatever state the given items carry. */
    @Override
    public IngestJob create(String collection, List<IngestItem> items) {
        requireText(collection, "collection", "name the collection the job ingests into");
        ItemRows.validateNew(items);
        Instant now = now();
        IngestJob job = new IngestJob(UUID.randomUUID().toString(), collection, IngestJob.Status.QUEUED,
                items.size(), 0, 0, 0, now, now);
        db.writing("record an ingest job of " + items.size() + " items for collection '" + collection + "'",
                c -> insert(c, job, items));
        return job;
    }

    @Override
    public Optional<IngestJob> get(String jobId) {
        return db.reading("look up ingest job '" + jobId + "'",
                c -> Statements.first(c, SELECT_JOB + " WHERE id = ?", JobRows::read, jobId));
    }

    @Override
    public List<IngestJob> list(String collection, int limit) {
        requirePositive(limit, "limit");
        return db.reading("list ingest jobs",
                c -> Statements.newestFirst(c, SELECT_JOB, "collection", collection, JobRows::read, limit));
    }

    /** Queued and running jobs, oldest first: the order to resume them in. */
    @Override
    public List<IngestJob> unfinished() {
        String sql = SELECT_JOB + " WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_at, ord";
        return db.reading("list unfinished ingest jobs", c -> Statements.list(c, sql, JobRows::read));
    }

    /** Empty for an unknown job. */
    @Override
    public List<IngestItem> pending(String jobId, int fromSeq, int limit) {
        if (fromSeq < 0) {
            throw GantryException.invalid("fromSeq", "fromSeq is " + fromSeq + "; items are numbered from 0");
        }
        requirePositive(limit, "limit");
        String sql = ItemRows.SELECT + " WHERE j.id = ? AND i.state = 'PENDING' AND i.seq >= ? ORDER BY i.seq LIMIT ?";
        return db.reading("read pending items of ingest job '" + jobId + "'",
                c -> Statements.list(c, sql, ItemRows::read, jobId, fromSeq, limit));
    }

    /** In item order; empty for an unknown job. */
    @Override
    public List<IngestItem> failures(String jobId, int limit) {
        requirePositive(limit, "limit");
        String sql = ItemRows.SELECT + " WHERE j.id = ? AND i.state = 'FAILED' ORDER BY i.seq LIMIT ?";
        return db.reading("read failed items of ingest job '" + jobId + "'",
                c -> Statements.list(c, sql, ItemRows::read, jobId, limit));
    }

    /**
     * Sets each item's state and error (by {@code seq}) and stamps the job's {@code updatedAt}; an item may be
     * marked again (its old state leaves the counters). Nothing is written when any item is unknown.
     *
     * @throws GantryException NOT_FOUND for an unknown job, INVALID_REQUEST for an item the job does not have
     */
    @Override
    public void mark(String jobId, List<IngestItem> settled) {
        Settlement.validate(jobId, settled);
        if (settled.isEmpty()) return;
        Instant now = now();
        db.writing("mark " + settled.size() + " items of ingest job '" + jobId + "'",
                c -> Settlement.apply(c, jobId, settled, now));
    }

    /** @throws GantryException NOT_FOUND for an unknown job */
    @Override
    public void setStatus(String jobId, IngestJob.Status status) {
        if (status == null) {
            throw GantryException.invalid("status", "status of ingest job '" + jobId
                    + "' is null; give the new status");
        }
        String sql = "UPDATE rag_jobs SET status = ?, updated_at = ? WHERE id = ?";
        int changed = db.writing("set ingest job '" + jobId + "' to " + status,
                c -> Statements.update(c, sql, status.name(), now().toEpochMilli(), jobId));
        if (changed == 0) throw Settlement.unknownJob(jobId);
    }

    @Override
    public void deleteForCollection(String collection) {
        // items first and explicitly: correct even on a connection opened without foreign keys
        String items = "DELETE FROM rag_job_items WHERE job IN (SELECT ord FROM rag_jobs WHERE collection = ?)";
        db.writing("delete the ingest jobs of collection '" + collection + "'", c -> {
            Statements.update(c, items, collection);
            return Statements.update(c, "DELETE FROM rag_jobs WHERE collection = ?", collection);
        });
    }

    private static Void insert(Connection c, IngestJob job, List<IngestItem> items) throws SQLException {
        long jobOrd = insertJob(c, job);
        try (PreparedStatement ps = c.prepareStatement(ItemRows.INSERT)) {
            for (int seq = 0; seq < items.size(); seq++) {
                ItemRows.bindNew(ps, jobOrd, seq, items.get(seq));
                ps.addBatch();
                if ((seq + 1) % INSERT_BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        return null;
    }

    /** @return the job's {@code ord}, the key its items refer to */
    private static long insertJob(Connection c, IngestJob job) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(JobRows.INSERT, Statement.RETURN_GENERATED_KEYS)) {
            JobRows.bind(ps, job);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireText(String value, String param, String fix) {
        if (value == null || value.isBlank()) throw GantryException.invalid(param, param + " is empty; " + fix);
    }

    private static void requirePositive(int value, String param) {
        if (value < 1) throw GantryException.invalid(param, param + " is " + value + "; it must be 1 or more");
    }
}
