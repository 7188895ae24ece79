package dev.gantry.guard.chain;

/**
 * Told of every decision as it is taken: the hook for logs and metrics (FLAG does nothing else). Called on
 * the request's thread; must be quick and must not throw.
 */
@FunctionalInterface
public interface GuardListener {
    void onDecision(GuardDirection direction, GuardDecision decision);

    /** Logs each decision at INFO (WARNING for blocks) on {@code dev.gantry.guard}; never the value. */
    GuardListener LOGGING = (direction, decision) -> System.getLogger("dev.gantry.guard").log(
            decision.action() == GuardAction.BLOCK ? System.Logger.Level.WARNING : System.Logger.Level.INFO,
            () -> "guard " + direction.noun() + " " + decision.action().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + decision.describe());

    GuardListener NONE = (direction, decision) -> { };
}
