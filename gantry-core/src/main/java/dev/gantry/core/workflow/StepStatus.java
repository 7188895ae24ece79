package dev.gantry.core.workflow;

/** RUNNING while an attempt is in progress or waiting for its retry; SUCCEEDED once its output is stored. */
public enum StepStatus {
    RUNNING, SUCCEEDED, FAILED
}
