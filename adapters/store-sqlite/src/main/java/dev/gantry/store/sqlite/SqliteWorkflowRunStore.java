package dev.gantry.store.sqlite;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.workflow.RunStatus;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.StepStatus;
import dev.gantry.core.workflow.WorkflowRun;
import dev.gantry.core.workflow.WorkflowRunStore;
import dev.gantry.store.sqlite.internal.Statements;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Workflow runs in {@code workflow_runs} and their steps in {@code workflow_steps} (one row per step, replaced as
 * the step moves on). Every write is one transaction, committed before the call returns: a step recorded as
 * SUCCEEDED survives a kill of the process. Does not own the database: the caller closes it.
 */
public final class SqliteWorkflowRunStore implements WorkflowRunStore {
    private static final String RUN_COLUMNS = "id, workflow, status, input, error, created_at, updated_at";
    private static final String SELECT_RUN = "SELECT " + RUN_COLUMNS + " FROM workflow_runs";
    private static final String UPSERT_STEP = """
            INSERT INTO workflow_steps (run, step, seq, status, attempts, output, error, started_at, finished_at)
            VALUES (?, ?, (SELECT COUNT(*) FROM workflow_steps WHERE run = ?), ?, ?, ?, ?, ?, ?)
            ON CONFLICT (run, step) DO UPDATE SET status = excluded.status, attempts = excluded.attempts,
                output = excluded.output, error = excluded.error, started_at = excluded.started_at,
                finished_at = excluded.finished_at""";

    private final SqliteDatabase db;
    private final Clock clock;

    public SqliteWorkflowRunStore(SqliteDatabase db) {
        this(db, Clock.systemUTC());
    }

    public SqliteWorkflowRunStore(SqliteDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public WorkflowRun create(String workflow, String inputJson) {
        if (workflow == null || workflow.isBlank()) throw GantryException.invalid("workflow", "workflow is empty; name the workflow the run belongs to");
        if (inputJson == null) throw GantryException.invalid("input", "input of a run of '" + workflow + "' is null; give a JSON object ({} when empty)");
        Instant now = now();
        WorkflowRun run = new WorkflowRun(UUID.randomUUID().toString(), workflow, RunStatus.RUNNING, inputJson, null, now, now);
        db.writing("record a run of workflow '" + workflow + "'", c -> Statements.update(c,
                "INSERT INTO workflow_runs (" + RUN_COLUMNS + ") VALUES (?, ?, ?, ?, NULL, ?, ?)",
                run.id(), workflow, run.status().name(), inputJson, now.toEpochMilli(), now.toEpochMilli()));
        return run;
    }

    @Override
    public Optional<WorkflowRun> get(String runId) {
        return db.reading("look up workflow run '" + runId + "'",
                c -> Statements.first(c, SELECT_RUN + " WHERE id = ?", SqliteWorkflowRunStore::run, runId));
    }

    @Override
    public List<WorkflowRun> list(String workflow, int limit) {
        if (limit < 1) throw GantryException.invalid("limit", "limit is " + limit + "; it must be 1 or more");
        return db.reading("list workflow runs",
                c -> Statements.newestFirst(c, SELECT_RUN, "workflow", workflow, SqliteWorkflowRunStore::run, limit));
    }

    @Override
    public List<WorkflowRun> unfinished() {
        return db.reading("list unfinished workflow runs", c -> Statements.list(c,
                SELECT_RUN + " WHERE status = 'RUNNING' ORDER BY created_at, ord", SqliteWorkflowRunStore::run));
    }

    @Override
    public List<StepRecord> steps(String runId) {
        String sql = "SELECT s.step, s.status, s.attempts, s.output, s.error, s.started_at, s.finished_at "
                + "FROM workflow_steps s JOIN workflow_runs r ON r.ord = s.run WHERE r.id = ? ORDER BY s.seq";
        return db.reading("read the steps of workflow run '" + runId + "'", c -> Statements.list(c, sql, SqliteWorkflowRunStore::step, runId));
    }

    @Override
    public void recordStep(String runId, StepRecord step) {
        Objects.requireNonNull(step, "step");
        long now = now().toEpochMilli();
        db.writing("record step '" + step.stepId() + "' of workflow run '" + runId + "'", c -> {
            long ord = ordOf(c, runId);
            Statements.update(c, UPSERT_STEP, ord, step.stepId(), ord, step.status().name(), step.attempts(),
                    step.outputJson(), step.error(), step.startedAt().toEpochMilli(),
                    step.finishedAt() == null ? null : step.finishedAt().toEpochMilli());
            return Statements.update(c, "UPDATE workflow_runs SET updated_at = ? WHERE ord = ?", now, ord);
        });
    }

    @Override
    public void setStatus(String runId, RunStatus status, String error) {
        if (status == null) throw GantryException.invalid("status", "status of workflow run '" + runId + "' is null; give the new status");
        String kept = status == RunStatus.FAILED ? error : null;
        int changed = db.writing("set workflow run '" + runId + "' to " + status, c -> Statements.update(c,
                "UPDATE workflow_runs SET status = ?, error = ?, updated_at = ? WHERE id = ?",
                status.name(), kept, now().toEpochMilli(), runId));
        if (changed == 0) throw unknownRun(runId);
    }

    private static long ordOf(Connection c, String runId) throws SQLException {
        return Statements.first(c, "SELECT ord FROM workflow_runs WHERE id = ?", rs -> rs.getLong(1), runId)
                .orElseThrow(() -> unknownRun(runId));
    }

    private static GantryException unknownRun(String runId) {
        return new GantryException(ErrorKind.NOT_FOUND, "workflow run '" + runId + "' does not exist; list runs to find its id");
    }

    private static WorkflowRun run(ResultSet rs) throws SQLException {
        return new WorkflowRun(rs.getString(1), rs.getString(2), RunStatus.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)));
    }

    private static StepRecord step(ResultSet rs) throws SQLException {
        long finished = rs.getLong(7);
        Instant finishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(finished);
        return new StepRecord(rs.getString(1), StepStatus.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4),
                rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), finishedAt);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
