package dev.gantry.workflows.engine;

import dev.gantry.core.workflow.WorkflowRun;
import java.util.concurrent.CompletableFuture;

/** A run started or resumed in the background: its id now, its final record (SUCCEEDED or FAILED) later. */
public record RunHandle(String runId, CompletableFuture<WorkflowRun> done) {
}
