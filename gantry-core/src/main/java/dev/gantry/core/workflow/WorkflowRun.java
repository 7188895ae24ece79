package dev.gantry.core.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of a workflow.
 *
 * @param inputJson the initial state, a JSON object
 * @param error     why it failed (FAILED only), else null
 */
public record WorkflowRun(String id, String workflow, RunStatus status, String inputJson, String error,
                          Instant createdAt, Instant updatedAt) {
    public WorkflowRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(inputJson, "inputJson");
    }
}
