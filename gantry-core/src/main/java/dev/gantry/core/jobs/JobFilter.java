package dev.gantry.core.jobs;

/** Which jobs to list: null fields match all; newest first, at most {@code limit}. */
public record JobFilter(String queue, JobState state, int limit) {
}
