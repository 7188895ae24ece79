package dev.gantry.workflows.engine;

/** A step attempt that failed; {@code retriable} false ends the step at once (a guard block, a wrong output type). */
public final class StepFailure extends RuntimeException {
    private final boolean retriable;

    public StepFailure(String message, boolean retriable) {
        super(message);
        this.retriable = retriable;
    }

    public StepFailure(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
