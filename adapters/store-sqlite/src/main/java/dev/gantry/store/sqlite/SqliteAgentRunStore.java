package dev.gantry.store.sqlite;

import dev.gantry.core.agent.AgentRun;
import dev.gantry.core.agent.AgentRunStore;
import dev.gantry.core.agent.AgentStep;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.store.sqlite.internal.AgentRows;
import dev.gantry.store.sqlite.internal.Statements;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Agent runs in {@code agent_runs}, their steps in {@code agent_steps} (V11). Times to the millisecond, costs as
 * nano-USD. Every write is one transaction. Does not own the database: the caller closes it.
 */
public final class SqliteAgentRunStore implements AgentRunStore {
    private static final String SELECT_RUN = "SELECT " + AgentRows.RUN_COLUMNS + " FROM agent_runs";
    /** SQLite's extended result code for a PRIMARY KEY or UNIQUE violation. */
    private static final int CONSTRAINT = 19;

    private final SqliteDatabase db;

    public SqliteAgentRunStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void create(AgentRun run) {
        requireTimes(run);
        write("record agent run '" + run.id() + "'", "a run with id '" + run.id() + "' exists already",
                c -> Statements.update(c, AgentRows.INSERT_RUN, AgentRows.insertParams(run)));
    }

    @Override
    public boolean update(AgentRun run, AgentRun.Status expected) {
        Objects.requireNonNull(expected, "expected");
        requireTimes(run);
        return write("update agent run '" + run.id() + "'", null,
                c -> Statements.update(c, AgentRows.UPDATE_RUN, AgentRows.updateParams(run, expected))) == 1;
    }

    @Override
    public Optional<AgentRun> get(String runId) {
        return db.reading("look up agent run '" + runId + "'",
                c -> Statements.first(c, SELECT_RUN + " WHERE id = ?", AgentRows::run, runId));
    }

    @Override
    public List<AgentRun> list(String agent, int limit) {
        if (limit < 1) throw GantryException.invalid("limit", "limit is " + limit + "; it must be 1 or more");
        return db.reading("list agent runs",
                c -> Statements.newestFirst(c, SELECT_RUN, "agent", agent, AgentRows::run, limit));
    }

    @Override
    public List<AgentRun> running() {
        return db.reading("list running agent runs", c -> Statements.list(c,
                SELECT_RUN + " WHERE status = 'RUNNING' ORDER BY created_at, ord", AgentRows::run));
    }

    @Override
    public void appendStep(AgentStep step) {
        write("record step " + step.seq() + " of agent run '" + step.runId() + "'",
                "run '" + step.runId() + "' already has a step " + step.seq() + " (or the run is unknown)",
                c -> Statements.update(c, AgentRows.INSERT_STEP, AgentRows.stepParams(step)));
    }

    @Override
    public List<AgentStep> steps(String runId) {
        String sql = "SELECT " + AgentRows.STEP_COLUMNS + " FROM agent_steps WHERE run_id = ? ORDER BY seq";
        return db.reading("read the steps of agent run '" + runId + "'", c -> Statements.list(c, sql, AgentRows::step, runId));
    }

    private static void requireTimes(AgentRun run) {
        if (run.createdAt() == null || run.updatedAt() == null) {
            throw GantryException.invalid("run", "agent run '" + run.id() + "' has no createdAt/updatedAt; stamp both");
        }
    }

    /** @param conflict the message for a key violation, or null when none can happen */
    private <T> T write(String what, String conflict, SqlWork<T> work) {
        try {
            return db.inTransaction(work);
        } catch (SQLException e) {
            if (conflict != null && (e.getErrorCode() & 0xff) == CONSTRAINT) {
                throw new GantryException(ErrorKind.CONFLICT, conflict, e);
            }
            throw new GantryException(ErrorKind.INTERNAL, "could not " + what + " in " + db.file()
                    + "; check free disk space and file permissions", e);
        }
    }
}
