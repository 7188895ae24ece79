package dev.gantry.core.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * What the store keeps of one step of a run.
 *
 * @param attempts   attempts started so far (1 for a step that succeeded at once)
 * @param outputJson the state the step wrote, a JSON object (SUCCEEDED only, else null)
 * @param error      the last attempt's error, or null
 * @param finishedAt when it succeeded or failed for good, else null
 */
public record StepRecord(String stepId, StepStatus status, int attempts, String outputJson, String error,
                         Instant startedAt, Instant finishedAt) {
    public StepRecord {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        if (attempts < 1) throw new IllegalArgumentException("attempts is " + attempts + "; a recorded step has 1 or more");
        if (status == StepStatus.SUCCEEDED && outputJson == null) {
            throw new IllegalArgumentException("step '" + stepId + "' succeeded without an output; give its state delta ({} when it wrote nothing)");
        }
    }
}
