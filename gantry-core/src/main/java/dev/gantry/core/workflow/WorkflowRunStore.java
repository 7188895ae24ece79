package dev.gantry.core.workflow;

import java.util.List;
import java.util.Optional;

/**
 * The durable record of workflow runs (port): each run's input and status, and per step its status, attempts and,
 * once it succeeded, its output (the state it wrote, as JSON). The engine writes a step's output before it starts
 * the next step, so after a crash a run resumes from the steps that have no successful record.
 */
public interface WorkflowRunStore {
    /** Records a new run RUNNING with its input state (a JSON object); returns it with a fresh id. */
    WorkflowRun create(String workflow, String inputJson);

    Optional<WorkflowRun> get(String runId);

    /** Newest first; {@code workflow} null means all. */
    List<WorkflowRun> list(String workflow, int limit);

    /** Runs left RUNNING (a process stopped under them), oldest first: the ones to resume at start-up. */
    List<WorkflowRun> unfinished();

    /** The run's step records in the order they were first started; empty for an unknown run. */
    List<StepRecord> steps(String runId);

    /**
     * Inserts or replaces the record of {@code step.stepId()} in the run (one row per step), and stamps the run's
     * update time. @throws dev.gantry.core.error.GantryException NOT_FOUND for an unknown run
     */
    void recordStep(String runId, StepRecord step);

    /**
     * Sets the run's status; {@code error} is kept with FAILED and cleared otherwise.
     *
     * @throws dev.gantry.core.error.GantryException NOT_FOUND for an unknown run
     */
    void setStatus(String runId, RunStatus status, String error);
}
