package dev.gantry.workflows.engine;

/** Which run, step and attempt (from 1) a step is executing, e.g. to make side effects idempotent. */
public record StepCall(String workflow, String runId, String stepId, int attempt) {
}
