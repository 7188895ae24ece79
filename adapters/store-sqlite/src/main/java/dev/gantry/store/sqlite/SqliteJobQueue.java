package dev.gantry.store.sqlite;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.jobs.JobFilter;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobLease;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.store.sqlite.internal.QueuedJobRows;
import dev.gantry.store.sqlite.internal.QueuedJobRows.Claimed;
import dev.gantry.store.sqlite.internal.Statements;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The {@link JobQueue} in the {@code jobs} table. A claim first checks for due jobs on a read connection (an idle
 * queue never takes the write lock), then is one write transaction: jobs whose lease expired
 * after their last attempt are dead-lettered, then one {@code UPDATE ... RETURNING} leases the due jobs, so two
 * claimers (threads or processes: SQLite serialises writers) never lease the same job. Every completion,
 * failure and extension names the lease token, so a stale delivery changes nothing. Dedupe keys hold for as long
 * as the job row exists. Does not own the database: the caller closes it.
 */
public final class SqliteJobQueue implements JobQueue {
    private static final String RUNNING_WITH_TOKEN = " WHERE id = ? AND lease_token = ? AND state = 'RUNNING'";
    private static final String DUE = "(state = 'QUEUED' AND not_before <= ?) OR (state = 'RUNNING' "
            + "AND lease_expires_at <= ?)";
    private static final String ANY_DUE = "SELECT EXISTS (SELECT 1 FROM jobs WHERE queue = ? AND (" + DUE + "))";
    private static final String CLAIM = "UPDATE jobs SET state = 'RUNNING', attempts = attempts + 1, "
            + "lease_token = ?, lease_expires_at = ?, updated_at = ? WHERE ord IN (SELECT ord FROM jobs "
            + "WHERE queue = ? AND (" + DUE + ") ORDER BY CASE state WHEN 'RUNNING' THEN lease_expires_at "
            + "ELSE not_before END, ord LIMIT ?) RETURNING " + QueuedJobRows.COLUMNS;
    private static final String BURY_EXPIRED = "UPDATE jobs SET state = 'DEAD', lease_token = NULL, "
            + "lease_expires_at = NULL, updated_at = ?, last_error = 'lease expired on the last of ' "
            + "|| max_attempts || ' attempts (did the worker crash or hang?)' WHERE queue = ? AND state = 'RUNNING' "
            + "AND lease_expires_at <= ? AND attempts >= max_attempts";

    private final SqliteDatabase db;
    private final Clock clock;

    public SqliteJobQueue(SqliteDatabase db) {
        this(db, Clock.systemUTC());
    }

    public SqliteJobQueue(SqliteDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public JobInfo enqueue(JobRequest request) {
        Instant now = now();
        long notBefore = request.notBefore() == null ? now.toEpochMilli() : request.notBefore().toEpochMilli();
        String id = UUID.randomUUID().toString();
        return db.writing("enqueue a job in queue '" + request.queue() + "'", c -> {
            Statements.update(c, QueuedJobRows.INSERT, id, request.queue(), request.dedupeKey(), request.payload(),
                    request.maxAttempts(), now.toEpochMilli(), now.toEpochMilli(), notBefore);
            return request.dedupeKey() == null
                    ? byId(c, id).orElseThrow()
                    : Statements.first(c, QueuedJobRows.SELECT + " WHERE queue = ? AND dedupe_key = ?",
                            QueuedJobRows::read, request.queue(), request.dedupeKey()).orElseThrow();
        });
    }

    @Override
    public List<JobLease> claim(String queue, int max, Duration lease) {
        requirePositive(max, "max");
        long now = now().toEpochMilli();
        long expires = now + lease.toMillis();
        // an idle queue is polled often: look on a reader first, so it never takes the write lock for nothing
        if (!db.reading("look for due jobs of queue '" + queue + "'", c -> Statements.first(c, ANY_DUE,
                rs -> rs.getBoolean(1), queue, now, now).orElse(false))) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        List<Claimed> claimed = db.writing("claim jobs of queue '" + queue + "'", c -> {
            Statements.update(c, BURY_EXPIRED, now, queue, now);
            return Statements.list(c, CLAIM, Claimed::read, token, expires, now, queue, now, now, max);
        });
        return claimed.stream().sorted(Comparator.comparingLong(Claimed::ord))
                .map(r -> new JobLease(r.job(), r.token(), r.expiresAt())).toList();
    }

    @Override
    public Optional<JobLease> extend(JobLease lease, Duration duration) {
        Instant now = now();
        Instant expires = now.plus(duration);
        int changed = db.writing("extend the lease of job '" + lease.job().id() + "'", c -> Statements.update(c,
                "UPDATE jobs SET lease_expires_at = ?, updated_at = ?" + RUNNING_WITH_TOKEN,
                expires.toEpochMilli(), now.toEpochMilli(), lease.job().id(), lease.token()));
        return changed == 0 ? Optional.empty() : Optional.of(new JobLease(lease.job(), lease.token(), expires));
    }

    @Override
    public boolean complete(JobLease lease) {
        String sql = "UPDATE jobs SET state = 'SUCCEEDED', lease_token = NULL, lease_expires_at = NULL, "
                + "updated_at = ?" + RUNNING_WITH_TOKEN;
        return 1 == db.writing("complete job '" + lease.job().id() + "'",
                c -> Statements.update(c, sql, now().toEpochMilli(), lease.job().id(), lease.token()));
    }

    @Override
    public boolean fail(JobLease lease, String error, Duration retryDelay, boolean permanent) {
        Instant now = now();
        String sql = "UPDATE jobs SET state = CASE WHEN ? OR attempts >= max_attempts THEN 'DEAD' ELSE 'QUEUED' END, "
                + "not_before = ?, last_error = ?, lease_token = NULL, lease_expires_at = NULL, updated_at = ?"
                + RUNNING_WITH_TOKEN;
        return 1 == db.writing("record a failed attempt of job '" + lease.job().id() + "'", c -> Statements.update(c,
                sql, permanent, now.plus(retryDelay).toEpochMilli(), error, now.toEpochMilli(), lease.job().id(),
                lease.token()));
    }

    @Override
    public Optional<JobInfo> find(String id) {
        return db.reading("look up job '" + id + "'", c -> byId(c, id));
    }

    @Override
    public List<JobInfo> list(JobFilter filter) {
        requirePositive(filter.limit(), "limit");
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.queue() != null) {
            where.add("queue = ?");
            params.add(filter.queue());
        }
        if (filter.state() != null) {
            where.add("state = ?");
            params.add(filter.state().name());
        }
        params.add(filter.limit());
        String sql = QueuedJobRows.SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY created_at DESC, ord DESC LIMIT ?";
        return db.reading("list jobs", c -> Statements.list(c, sql, QueuedJobRows::read, params.toArray()));
    }

    @Override
    public Map<String, Map<JobState, Long>> counts() {
        String sql = "SELECT queue, state, COUNT(*) FROM jobs GROUP BY queue, state";
        record Row(String queue, JobState state, long count) {
        }
        List<Row> rows = db.reading("count jobs", c -> Statements.list(c, sql,
                rs -> new Row(rs.getString(1), JobState.valueOf(rs.getString(2)), rs.getLong(3))));
        Map<String, Map<JobState, Long>> counts = new TreeMap<>();
        rows.forEach(r -> counts.computeIfAbsent(r.queue(), q -> new LinkedHashMap<>()).put(r.state(), r.count()));
        return counts;
    }

    @Override
    public boolean retry(String id) {
        long now = now().toEpochMilli();
        String sql = "UPDATE jobs SET state = 'QUEUED', attempts = 0, not_before = ?, updated_at = ? "
                + "WHERE id = ? AND state = 'DEAD'";
        return 1 == db.writing("retry job '" + id + "'", c -> Statements.update(c, sql, now, now, id));
    }

    /** Nothing to release: the database belongs to the caller. */
    @Override
    public void close() {
    }

    private static Optional<JobInfo> byId(Connection c, String id) throws SQLException {
        return Statements.first(c, QueuedJobRows.SELECT + " WHERE id = ?", QueuedJobRows::read, id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requirePositive(int value, String param) {
        if (value < 1) throw GantryException.invalid(param, param + " is " + value + "; it must be 1 or more");
    }
}
