package dev.gantry.knowledge.extract;

import dev.gantry.core.jobs.PermanentJobFailure;

/**
 * The model's answers stayed invalid after every allowed attempt: retrying the job would repeat the same answers,
 * so the job is dead-lettered at once (the messages stay stored and pending, to be re-run after a fix).
 */
public final class InvalidExtractionException extends PermanentJobFailure {
    public InvalidExtractionException(String message) {
        super(message);
    }
}
