package dev.gantry.gateway;

/** Receives every finished request. Must not block: it runs on the request's thread. */
@FunctionalInterface
public interface OutcomeListener {
    void onOutcome(RequestOutcome outcome);
}
