package dev.gantry.core.workflow;

/** A run is RUNNING until every step succeeded or one failed for good. */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED
}
