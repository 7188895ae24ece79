package dev.gantry.core.jobs;

/** Thrown by a handler when retrying cannot help (bad payload): the job goes straight to the dead-letter state. */
public class PermanentJobFailure extends RuntimeException {
    public PermanentJobFailure(String message) {
        super(message);
    }

    public PermanentJobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
