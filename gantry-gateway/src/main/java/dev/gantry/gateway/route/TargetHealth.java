package dev.gantry.gateway.route;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live state of one target: its circuit breaker (Resilience4j, count-based window, half-open probes) and
 * the number of calls in flight (for least-in-flight balancing).
 */
public final class TargetHealth {
    private final Target target;
    private final CircuitBreaker breaker;
    private final AtomicInteger inFlight = new AtomicInteger();

    public TargetHealth(Target target, BreakerPolicy policy) {
        this.target = target;
        this.breaker = CircuitBreaker.of(target.id(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.window())
                .minimumNumberOfCalls(Math.min(policy.minCalls(), policy.window()))
                .failureRateThreshold(policy.failureRatePercent())
                .waitDurationInOpenState(policy.openFor())
                .permittedNumberOfCallsInHalfOpenState(policy.halfOpenProbes())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .writableStackTraceEnabled(false)
                .build());
    }

    public Target target() {
        return target;
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Takes a breaker slot and counts the call in flight; false when the circuit refuses the call. */
    public boolean begin() {
        if (!breaker.tryAcquirePermission()) return false;
        inFlight.incrementAndGet();
        return true;
    }

    public void succeeded(long nanos) {
        inFlight.decrementAndGet();
        breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
    }

    /** A failure that says the target is unhealthy (5xx, timeout, connection, 429). */
    public void failed(long nanos, Throwable error) {
        inFlight.decrementAndGet();
        breaker.onError(nanos, TimeUnit.NANOSECONDS, error);
    }

    /** An outcome that says nothing about the target's health (client error, client gone). */
    public void released() {
        inFlight.decrementAndGet();
        breaker.releasePermission();
    }

    public String state() {
        return breaker.getState().name().toLowerCase(java.util.Locale.ROOT);
    }
}
