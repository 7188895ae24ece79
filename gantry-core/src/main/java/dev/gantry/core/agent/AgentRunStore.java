package dev.gantry.core.agent;

import java.util.List;
import java.util.Optional;

/**
 * Where agent runs and their steps are kept (port), so that a run waiting for approval survives a restart and
 * every step can be read back. Implementations are thread-safe: a run's tool steps are appended concurrently.
 */
public interface AgentRunStore {

    /** @throws dev.gantry.core.error.GantryException CONFLICT when a run with this id exists */
    void create(AgentRun run);

    /**
     * Replaces the stored run when its stored status is {@code expected}: two people approving the same run at
     * once must not both resume it.
     *
     * @return false when the run is unknown or its status is no longer {@code expected} (nothing written)
     */
    boolean update(AgentRun run, AgentRun.Status expected);

    Optional<AgentRun> get(String runId);

    /** Newest first; {@code agent} null for every agent. */
    List<AgentRun> list(String agent, int limit);

    /** Every run still RUNNING, oldest first: at start-up these are runs a stopped process left behind. */
    List<AgentRun> running();

    /** @throws dev.gantry.core.error.GantryException CONFLICT when the run already has a step with this seq */
    void appendStep(AgentStep step);

    /** In seq order; empty for an unknown run. */
    List<AgentStep> steps(String runId);
}
