package dev.gantry.gateway;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.gateway.route.TargetHealth;
import dev.gantry.gateway.route.TargetPicker;
import java.time.Duration;
import java.util.ArrayDeque;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one retry-and-fallback loop every endpoint goes through. For each alias in the chain (the one asked
 * for, then its fallbacks, depth first): up to retry.attempts calls, each on a target picked by the balancer
 * among those whose circuit is closed, with exponential backoff + jitter honouring Retry-After between them.
 * Non-retriable errors end the loop at once, except "context length exceeded", which moves to the alias's
 * context-fallback. On success the caller owns the attempt's breaker slot and must settle it.
 */
final class Router {
    private final RouteTable routes;
    private final GatewayTracing tracing;

    Router(RouteTable routes, GatewayTracing tracing) {
        this.tracing = tracing;
        this.routes = routes;
    }

    interface Call<T> {
        T attempt(Attempt attempt);
    }

    /** Mutable record of one request's attempts, for headers, the ledger and metrics. */
    static final class Trace {
        final String operation;
        /** The request's span; the attempt that answered stays open until the request is reported. */
        final Span span;
        Span openAttempt;
        final List<String> steps = new ArrayList<>(2);
        int attempts;
        /** Routes tried after the requested alias's own (fallbacks and context fallback). */
        int fallbacks;
        long upstreamNanos;
        Attempt last;
        /** Gaps between a stream's content chunks, for the inter-token histogram; empty when not streamed. */
        long[] tokenGapsNanos = new long[0];
        /** The response cache's part: hit, semantic_hit, miss, or null when the alias is not cached; what a hit saved. */
        String cache;
        java.math.BigDecimal saved = java.math.BigDecimal.ZERO;
        /** Smart model selection's decision, or null when the alias has none. */
        ModelSelection.Decision selection;
        /** The prompt and answer for the opt-in request log, built only if it is read. */
        java.util.function.Supplier<CapturedExchange> capture = () -> CapturedExchange.NONE;

        Trace(String operation, Span span) {
            this.operation = operation;
            this.span = span;
        }

        String route() {
            return String.join(" > ", steps);
        }
    }

    <T> T run(ModelRoute first, String requestedModel, Trace trace, Call<T> call) {
        Deque<ModelRoute> chain = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        enqueue(chain, seen, first);
        GantryException last = null;
        boolean contextFallbackUsed = false;
        while (!chain.isEmpty()) {
            ModelRoute route = chain.poll();
            if (route != first) trace.fallbacks++;
            try {
                return runRoute(route, requestedModel, trace, call);
            } catch (GantryException e) {
                last = e;
                if (e.kind() == ErrorKind.CONTEXT_LENGTH_EXCEEDED && route.contextFallback() != null && !contextFallbackUsed) {
                    contextFallbackUsed = true;
                    chain.clear();
                    enqueue(chain, seen, routes.resolve(route.contextFallback()));
                    continue;
                }
                if (!e.kind().retriable() && e.kind() != ErrorKind.NO_PROVIDER) throw e;
            }
        }
        throw last;
    }

    private void enqueue(Deque<ModelRoute> chain, Set<String> seen, ModelRoute route) {
        if (!seen.add(route.alias())) return;
        chain.add(route);
        for (String f : route.fallbacks()) {
            ModelRoute fr = routes.route(f);
            if (fr != null) enqueue(chain, seen, fr);
        }
    }

    private <T> T runRoute(ModelRoute route, String requestedModel, Trace trace, Call<T> call) {
        List<TargetHealth> targets = routes.health(route);
        Set<TargetHealth> failed = new HashSet<>();
        GantryException last = null;
        for (int i = 1; i <= route.retry().attempts(); i++) {
            TargetHealth th = pick(route, targets, failed);
            if (th == null) {
                trace.steps.add(route.alias() + "!circuit_open");
                if (last != null) throw last;
                throw new GantryException(ErrorKind.NO_PROVIDER, "every target of model '" + route.alias()
                        + "' is unavailable (circuit open after repeated failures); retry shortly");
            }
            Attempt attempt = new Attempt(route, th, th.target().upstreamModel(requestedModel), System.nanoTime());
            trace.attempts++;
            trace.last = attempt;
            if (trace.openAttempt != null) trace.openAttempt.end(); // a repair call follows an answered attempt
            Span span = tracing.attempt(trace.span, attempt, trace.operation);
            try {
                T result = call.attempt(attempt);
                trace.steps.add(th.target().provider() + "/" + attempt.upstreamModel());
                trace.openAttempt = span;
                return result;
            } catch (GantryException e) {
                GatewayTracing.failed(span, e);
                span.end();
                long took = System.nanoTime() - attempt.startNanos();
                trace.upstreamNanos += took;
                settleFailure(th, e, took);
                trace.steps.add(th.target().provider() + "/" + attempt.upstreamModel() + "!" + e.kind().code());
                if (!e.kind().retriable()) throw e;
                last = e;
                failed.add(th);
                if (i == route.retry().attempts() || !route.retry().worthWaiting(e.retryAfter())) break;
                sleep(route.retry().delayBefore(i, e.retryAfter()));
            } catch (RuntimeException e) {
                span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR, "internal");
                span.end();
                th.released();
                throw new GantryException(ErrorKind.INTERNAL, "internal error while calling provider '"
                        + th.target().provider() + "'", e);
            }
        }
        throw last;
    }

    /** Prefers targets that have not failed in this request; falls back to them when nothing else is left. */
    private static TargetHealth pick(ModelRoute route, List<TargetHealth> targets, Set<TargetHealth> failed) {
        TargetHealth th = TargetPicker.pick(targets, route.balance(), failed);
        return th != null || failed.isEmpty() ? th : TargetPicker.pick(targets, route.balance(), Set.of());
    }

    static void settleFailure(TargetHealth th, GantryException e, long nanos) {
        if (countsAgainstHealth(e.kind())) th.failed(nanos, e);
        else th.released();
    }

    static boolean countsAgainstHealth(ErrorKind kind) {
        return kind.retriable();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(ErrorKind.CANCELLED, "request cancelled while waiting to retry");
        }
    }
}
