package dev.gantry.workflows.engine;

import dev.gantry.workflows.state.StateWriter;
import dev.gantry.workflows.state.WorkflowState;

/**
 * A Java step, registered with the engine by name. It reads the state it was given and writes its declared keys
 * through {@code out}; throwing fails the attempt (retried per the step's policy, unless it is a non-retriable
 * {@link StepFailure}). It may run again after a crash, so a side effect should be idempotent per
 * {@code call.runId()} and step.
 */
@FunctionalInterface
public interface CodeFunction {
    void run(StepCall call, WorkflowState state, StateWriter out) throws Exception;
}
