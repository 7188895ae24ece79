package dev.gantry.gateway;

import dev.gantry.core.cache.ResponseCache;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.guard.GuardScope;
import dev.gantry.core.guard.GuardedExchange;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.gateway.route.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The steps every endpoint shares: authenticate, resolve the alias, admit (limits + budget), and, at the
 * end, settle and report one outcome. Keeps ChatGateway and EmbeddingGateway about their own calls only.
 */
final class Pipeline {
    final Authenticator auth;
    final RouteTable routes;
    final Router router;
    final Admission admission;
    final CostCalculator costs;
    final OutcomeListener listener;
    final Guardrail guard;
    final GatewayTracing tracing;
    final ResponseCache cache;
    final SemanticCaching semantic;

    Pipeline(Authenticator auth, RouteTable routes, Admission admission, CostCalculator costs, OutcomeListener listener,
             Guardrail guard, GatewayTracing tracing, ResponseCache cache, SemanticCaching semantic) {
        this.auth = auth;
        this.cache = cache;
        this.semantic = semantic;
        this.routes = routes;
        this.tracing = tracing;
        this.router = new Router(routes, tracing);
        this.admission = admission;
        this.costs = costs;
        this.listener = listener;
        this.guard = guard;
    }

    /** A request that passed authentication and routing lookup, before admission. */
    record Entry(VirtualKey key, ModelRoute route) {
    }

    Entry enter(RequestContext ctx, String model) {
        VirtualKey key = ctx.internal() ? null : auth.authenticate(ctx.credential());
        ModelRoute route = routes.resolve(model);
        if (key != null && !key.allows(model)) {
            throw new GantryException(ErrorKind.PERMISSION, "key '" + key.name() + "' may not use model '" + model
                    + "'; it may use: " + String.join(", ", key.models()));
        }
        return new Entry(key, route);
    }

    /** The entry with the route smart model selection picks for this request (the same entry when it has none). */
    Entry select(Entry e, ChatRequest request, Router.Trace trace) {
        ModelSelection.Decision d = ModelSelection.decide(request, e.route(), routes);
        if (d == null) return e;
        trace.selection = d;
        return new Entry(e.key(), d.route());
    }

    /**
     * What the strong model would have cost for the tokens the cheap pick used, less what they cost: zero unless the
     * request was sent to the cheap alias and answered, or when the strong model has no price.
     */
    BigDecimal routingSaving(Router.Trace trace, String alias, Usage usage, BigDecimal cost) {
        if (trace == null || trace.selection == null || !trace.selection.cheap() || usage == null) return BigDecimal.ZERO;
        Target strong = trace.selection.strong();
        BigDecimal wouldHave = costs.cost(strong.provider(), strong.upstreamModel(alias), usage);
        return wouldHave.subtract(cost == null ? BigDecimal.ZERO : cost).max(BigDecimal.ZERO);
    }

    /** A new request's trace, with its span (a no-op one when traces are off). */
    Router.Trace trace(RequestContext ctx, String operation, String model) {
        return new Router.Trace(operation, tracing.request(ctx, operation, model));
    }

    /** The request through the guards, unless it is one of the guards' own calls. */
    GuardedExchange guard(ChatRequest request, RequestContext ctx, Entry entry, Router.Trace trace) {
        if (ctx.unguarded() || guard == Guardrail.NONE) return GuardedExchange.passthrough(request);
        io.opentelemetry.api.trace.Span span = tracing.guard(trace.span, "input");
        try {
            return guard.open(request, scope(ctx, entry, request.model()));
        } catch (GantryException e) {
            GatewayTracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Whose request the guards check: the alias asked for and the key, if any. */
    static GuardScope scope(RequestContext ctx, Entry e, String model) {
        return new GuardScope(ctx.requestId(), model, e.key() == null ? null : e.key().name());
    }

    /**
     * Worst-case cost of the request over every target it could reach (this alias and its fallbacks), so a
     * fallback to a dearer model can never overspend. Fails when a budgeted key could reach an unpriced model.
     */
    BigDecimal worstCase(Entry e, String requestedModel, long promptTokens, Integer maxTokens) {
        if (e.key() == null || e.key().budget() == null) return BigDecimal.ZERO;
        BigDecimal worst = BigDecimal.ZERO;
        for (ModelRoute r : reachable(e.route())) {
            for (Target t : r.targets()) {
                String model = t.upstreamModel(requestedModel);
                Price p = costs.price(t.provider(), model);
                if (p == null) {
                    throw GantryException.invalid("model", "key '" + e.key().name() + "' has a budget, but model '"
                            + model + "' on provider '" + t.provider() + "' has no price, so its cost cannot be bounded; "
                            + "add it under prices: in the config (0 for free local models)");
                }
                long out = maxTokens != null ? maxTokens : p.maxOutput() > 0 ? p.maxOutput() : CostCalculator.DEFAULT_MAX_OUTPUT;
                worst = worst.max(p.worstCase(promptTokens, out));
            }
        }
        return worst;
    }

    private Set<ModelRoute> reachable(ModelRoute first) {
        // identity: routes are the route table's own objects, and a record's hashCode walks every field (schemas too)
        Set<ModelRoute> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<ModelRoute> todo = new ArrayDeque<>();
        todo.add(first);
        while (!todo.isEmpty()) {
            ModelRoute r = todo.poll();
            if (!out.add(r)) continue;
            for (String f : r.fallbacks()) if (routes.route(f) != null) todo.add(routes.route(f));
            if (r.contextFallback() != null && routes.route(r.contextFallback()) != null) todo.add(routes.route(r.contextFallback()));
        }
        return out;
    }

    /** Builds and reports the outcome of a request; never throws (a broken listener must not fail a request). */
    void report(RequestContext ctx, VirtualKey key, String alias, Router.Trace trace, Usage usage, BigDecimal cost,
                int status, GantryException error, boolean stream, long ttftMs) {
        Attempt last = trace == null ? null : trace.last;
        Usage u = usage == null ? Usage.ZERO : usage;
        long totalNanos = System.nanoTime() - ctx.startNanos();
        long upstreamNanos = trace == null ? 0 : trace.upstreamNanos;
        UsageRecord rec = new UsageRecord(ctx.requestId(), ctx.receivedAt() == null ? Instant.now() : ctx.receivedAt(),
                key == null ? null : key.name(), alias, last == null ? null : last.provider(),
                last == null ? null : last.upstreamModel(), ctx.endpoint(), stream, u.inputTokens(), u.outputTokens(),
                u.cachedInputTokens(), u.cacheWriteTokens(), u.reasoningTokens(), cost == null ? BigDecimal.ZERO : cost,
                ctx.elapsedMillis(), ttftMs, status, error == null ? null : error.kind().code(),
                trace == null ? 0 : trace.attempts, trace == null ? null : trace.route(), ctx.feature(),
                Math.max(0, totalNanos - upstreamNanos) / 1_000, trace == null ? null : trace.cache,
                trace == null ? BigDecimal.ZERO : trace.saved,
                trace == null || trace.selection == null ? null : trace.selection.verdict(),
                routingSaving(trace, alias, usage, cost));
        if (trace != null) endSpans(trace, rec, u);
        try {
            listener.onOutcome(new RequestOutcome(rec, upstreamNanos, totalNanos, trace == null ? 0 : trace.fallbacks,
                    trace == null ? new long[0] : trace.tokenGapsNanos,
                    trace == null ? () -> CapturedExchange.NONE : trace.capture));
        } catch (RuntimeException ignored) {
            System.getLogger("dev.gantry.gateway").log(System.Logger.Level.WARNING, "an outcome listener failed", ignored);
        }
    }

    private static void endSpans(Router.Trace trace, UsageRecord rec, Usage usage) {
        if (trace.openAttempt != null) GatewayTracing.endAttempt(trace.openAttempt, rec.upstreamModel(), usage);
        trace.openAttempt = null;
        GatewayTracing.endRequest(trace.span, rec);
    }
}
