package dev.gantry.core.jobs;

/** Where a job is in its life. {@code DEAD} is the dead-letter state: attempts exhausted or failed for good. */
public enum JobState { QUEUED, RUNNING, SUCCEEDED, DEAD }
