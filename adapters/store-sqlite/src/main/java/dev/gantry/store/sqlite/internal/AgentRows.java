package dev.gantry.store.sqlite.internal;

import dev.gantry.core.agent.AgentRun;
import dev.gantry.core.agent.AgentStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Column lists, parameters and row readers of {@code agent_runs} and {@code agent_steps}. */
public final class AgentRows {
    public static final String RUN_COLUMNS = "id, agent, key_id, status, stop_reason, input, answer, state, steps, "
            + "input_tokens, output_tokens, cost_nano_usd, created_at, updated_at";
    public static final String STEP_COLUMNS = "run_id, seq, kind, name, call_id, detail, outcome, input_tokens, "
            + "output_tokens, cost_nano_usd, duration_ms, at";
    public static final String INSERT_RUN = "INSERT INTO agent_runs (" + RUN_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    public static final String UPDATE_RUN = "UPDATE agent_runs SET status = ?, stop_reason = ?, answer = ?, state = ?, "
            + "steps = ?, input_tokens = ?, output_tokens = ?, cost_nano_usd = ?, updated_at = ? WHERE id = ? AND status = ?";
    public static final String INSERT_STEP = "INSERT INTO agent_steps (" + STEP_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AgentRows() {
    }

    public static Object[] insertParams(AgentRun r) {
        return new Object[] {r.id(), r.agent(), r.keyId(), r.status().name(), r.stopReason(), r.input(), r.answer(),
                r.state(), r.steps(), r.inputTokens(), r.outputTokens(), NanoUsd.fromUsd(r.costUsd()),
                millis(r.createdAt()), millis(r.updatedAt())};
    }

    public static Object[] updateParams(AgentRun r, AgentRun.Status expected) {
        return new Object[] {r.status().name(), r.stopReason(), r.answer(), r.state(), r.steps(), r.inputTokens(),
                r.outputTokens(), NanoUsd.fromUsd(r.costUsd()), millis(r.updatedAt()), r.id(), expected.name()};
    }

    public static Object[] stepParams(AgentStep s) {
        return new Object[] {s.runId(), s.seq(), s.kind().name(), s.name(), s.callId(), s.detail(), s.outcome(),
                s.inputTokens(), s.outputTokens(), NanoUsd.fromUsd(s.costUsd()), s.durationMillis(), millis(s.at())};
    }

    public static AgentRun run(ResultSet rs) throws SQLException {
        return new AgentRun(rs.getString(1), rs.getString(2), rs.getString(3), AgentRun.Status.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getLong(10),
                rs.getLong(11), NanoUsd.toUsd(rs.getLong(12)), Instant.ofEpochMilli(rs.getLong(13)),
                Instant.ofEpochMilli(rs.getLong(14)));
    }

    public static AgentStep step(ResultSet rs) throws SQLException {
        return new AgentStep(rs.getString(1), rs.getInt(2), AgentStep.Kind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9),
                NanoUsd.toUsd(rs.getLong(10)), rs.getLong(11), Instant.ofEpochMilli(rs.getLong(12)));
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }
}
