package dev.gantry.gateway.route;

/** How an alias spreads calls over its targets. */
public enum Balance {
    /** Random, proportional to weight (the default). */
    WEIGHTED,
    /** The target with the fewest calls in flight; ties broken by weight then order. */
    LEAST_IN_FLIGHT
}
