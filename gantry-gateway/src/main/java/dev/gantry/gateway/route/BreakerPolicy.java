package dev.gantry.gateway.route;

import java.time.Duration;

/**
 * Circuit breaker per target: opens when at least {@code failureRatePercent} of the last {@code window}
 * calls failed (after {@code minCalls} calls), stays open {@code openFor}, then lets
 * {@code halfOpenProbes} probe calls through. Defaults: 50%, window 20, min 10 calls, open 30 s, 2 probes.
 */
public record BreakerPolicy(float failureRatePercent, int window, int minCalls, Duration openFor,
                            int halfOpenProbes) {
    public static final BreakerPolicy DEFAULT = new BreakerPolicy(50f, 20, 10, Duration.ofSeconds(30), 2);
}
