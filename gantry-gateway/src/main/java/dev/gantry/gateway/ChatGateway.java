package dev.gantry.gateway;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.guard.GuardedExchange;
import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.cache.SemanticMatch;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.gateway.cache.CacheDirective;
import dev.gantry.gateway.cache.CacheKeys;
import dev.gantry.gateway.cache.PromptCacheMarks;
import dev.gantry.gateway.admission.TokenEstimator;
import dev.gantry.gateway.output.OutputCheck;
import dev.gantry.gateway.output.OutputValidator;
import dev.gantry.gateway.output.RepairPrompt;
import dev.gantry.gateway.output.StreamCheck;
import dev.gantry.gateway.route.Timeouts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The chat use case: authenticate, admit, route with retries and fallbacks, call the provider, check a JSON
 * response_format and the route's output schema (one repair call; streams are checked as they go, and fail with an
 * error event since what was sent cannot be repaired), account.
 * Streaming fails over invisibly until the first token has been pulled from an upstream; from then on the
 * stream belongs to that upstream and a failure surfaces as an error the server writes into the stream.
 */
public final class ChatGateway {
    private final Pipeline pipeline;
    private final Map<String, ProviderHandle> providers;
    private final TokenEstimator tokens;
    private final Watchdog watchdog;
    private final OutputValidator outputs = new OutputValidator();

    public ChatGateway(GatewayParts parts) {
        this.pipeline = parts.pipeline();
        this.providers = parts.providers();
        this.tokens = parts.tokens();
        this.watchdog = parts.watchdog();
    }

    /**
     * A non-streaming call. With a JSON response_format the answer is validated, and an invalid one gets a single
     * repair call on the same route; both calls are paid for and settled together.
     */
    public GatewayResult<ChatResponse> chat(ChatRequest request, RequestContext ctx) {
        Router.Trace trace = pipeline.trace(ctx, "chat", request.model());
        trace.capture = () -> CapturedExchange.of(request, (String) null);
        Pipeline.Entry entry = null;
        Admission.Ticket ticket = null;
        Paid paid = null;
        boolean settled = false;
        try {
            entry = pipeline.select(pipeline.enter(ctx, request.model()), request, trace);
            OutputCheck check = outputs.prepare(request.responseFormat(), entry.route().outputSchema());
            ChatRequest shaped = shaped(request, entry);
            CacheLookup cached = lookup(entry, request, trace, ctx.cache());
            if (cached.hit() != null) return served(cached, request, ctx, entry, trace);
            ticket = admit(entry, shaped, check.enabled());
            GuardedExchange guarded = pipeline.guard(shaped, ctx, entry, trace);
            ChatRequest outgoing = guarded.request();
            paid = callRoute(entry, request.model(), outgoing, trace, ctx);
            OutputCheck.Failure failure = check.firstFailure(paid.response());
            if (failure != null) {
                paid = paid.then(callRoute(entry, request.model(), RepairPrompt.request(outgoing, failure), trace, ctx));
                failure = check.firstFailure(paid.response());
            }
            pipeline.admission.settle(ticket, paid.usage().totalTokens(), paid.cost());
            settled = true;
            if (failure != null) throw check.rejected(request.model(), failure); // both calls were still paid for
            ChatResponse checked = guardAnswer(guarded, paid.response(), trace); // a blocked answer was still paid for
            trace.capture = () -> CapturedExchange.of(request, checked);
            pipeline.report(ctx, entry.key(), request.model(), trace, paid.usage(), paid.cost(), 200, null, false, -1);
            Attempt a = trace.last;
            if (cached.cached()) store(cached, entry, checked, paid.cost(), a);
            return new GatewayResult<>(checked, a.provider(), a.upstreamModel(), trace.attempts, trace.route(), paid.cost(),
                    trace.cache, verdict(trace));
        } catch (GantryException e) {
            if (ticket != null && !settled) settleOrRelease(ticket, paid);
            pipeline.report(ctx, entry == null ? null : entry.key(), request.model(), trace,
                    paid == null ? null : paid.usage(), paid == null ? BigDecimal.ZERO : paid.cost(),
                    e.kind().httpStatus(), e, false, -1);
            throw e;
        }
    }

    /** One routed upstream call (retries and fallbacks included), priced by the target that answered. */
    private Paid callRoute(Pipeline.Entry entry, String model, ChatRequest outgoing, Router.Trace trace, RequestContext ctx) {
        ChatResponse r = pipeline.router.run(entry.route(), model, trace, a -> call(a, outgoing, ctx));
        GatewayTracing.endAttempt(trace.openAttempt, r.model(), r.usage());
        trace.openAttempt = null;
        Attempt a = trace.last;
        long took = System.nanoTime() - a.startNanos();
        trace.upstreamNanos += took;
        a.target().succeeded(took);
        return new Paid(r, r.usage(), pipeline.costs.cost(a.provider(), a.upstreamModel(), r.usage()));
    }

    private ChatResponse guardAnswer(GuardedExchange guarded, ChatResponse answer, Router.Trace trace) {
        if (pipeline.guard == dev.gantry.core.guard.Guardrail.NONE) return guarded.answer(answer); // no stage to trace
        io.opentelemetry.api.trace.Span span = pipeline.tracing.guard(trace.span, "output");
        try {
            return guarded.answer(answer);
        } catch (GantryException e) {
            GatewayTracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** A failed repair call leaves the first call to pay for; a request that never got an answer pays nothing. */
    private void settleOrRelease(Admission.Ticket ticket, Paid paid) {
        if (paid == null) pipeline.admission.release(ticket);
        else pipeline.admission.settle(ticket, paid.usage().totalTokens(), paid.cost());
    }

    /** Opens a stream: returns once an upstream produced its first token (or ended), after any failover. */
    public GatewayStream stream(ChatRequest request, RequestContext ctx) {
        Router.Trace trace = pipeline.trace(ctx, "chat", request.model());
        trace.capture = () -> CapturedExchange.of(request, (String) null);
        Pipeline.Entry entry = null;
        Admission.Ticket ticket = null;
        try {
            entry = pipeline.select(pipeline.enter(ctx, request.model()), request, trace);
            StreamCheck check = new StreamCheck(outputs.prepare(request.responseFormat(), entry.route().outputSchema()),
                    request.model());
            ChatRequest shaped = shaped(request, entry);
            CacheLookup cached = lookup(entry, request, trace, ctx.cache());
            if (cached.hit() != null) return replay(cached, request, ctx, entry, trace);
            ticket = admit(entry, shaped, false);
            GuardedExchange guarded = pipeline.guard(shaped, ctx, entry, trace);
            ChatRequest upstream = guarded.request().toBuilder().stream(true).includeUsage(true).build();
            Opened opened = pipeline.router.run(entry.route(), request.model(), trace, a -> open(a, upstream, ctx));
            Pipeline.Entry admitted = entry;
            java.util.function.Consumer<ChatResponse> onAnswered = !cached.cached() ? null
                    : (answer) -> store(cached, admitted, answer, null, opened.attempt());
            return new UpstreamStream(this, opened, request, ctx, entry.key(), ticket, trace, guarded.stream(), check,
                    onAnswered);
        } catch (GantryException e) {
            if (ticket != null) pipeline.admission.release(ticket);
            pipeline.report(ctx, entry == null ? null : entry.key(), request.model(), trace, null, BigDecimal.ZERO,
                    e.kind().httpStatus(), e, true, -1);
            throw e;
        }
    }

    /**
     * Retrieved passages (RAG sources) for a request to {@code model}, through the guard policy that request
     * will get. Authenticates first, so a bad key fails here as it would on the call itself.
     *
     * @return one entry per passage: its text as it may be used, or null when a blocking rule leaves it out
     */
    public List<String> screenSources(List<String> passages, RequestContext ctx, String model) {
        if (passages.isEmpty()) return passages;
        Pipeline.Entry entry = pipeline.enter(ctx, model);
        io.opentelemetry.api.trace.Span span = pipeline.tracing.guard(io.opentelemetry.api.trace.Span.current(), "sources");
        try {
            return pipeline.guard.screenSources(passages, Pipeline.scope(ctx, entry, model));
        } finally {
            span.end();
        }
    }

    /**
     * The exact cache first (a digest, no model run); after an exact miss, the semantic cache when the alias turns it
     * on and the request takes part (the latest user turn is embedded only then).
     */
    private CacheLookup lookup(Pipeline.Entry entry, ChatRequest request, Router.Trace trace, CacheDirective directive) {
        if (!entry.route().cached()) return CacheLookup.NONE;
        if (directive == CacheDirective.BYPASS) {
            trace.cache = UsageRecord.CACHE_BYPASS;
            return CacheLookup.NONE;
        }
        trace.cache = directive == CacheDirective.REFRESH ? UsageRecord.CACHE_REFRESH : UsageRecord.CACHE_MISS;
        String key = CacheKeys.of(entry.key() == null ? "-" : "key:" + entry.key().name(), request);
        if (directive == CacheDirective.REFRESH) return new CacheLookup(key, pipeline.semantic.probe(entry, request), null, null);
        CachedAnswer exact = pipeline.cache.get(key).orElse(null);
        if (exact != null) return new CacheLookup(key, null, exact, null);
        SemanticCaching.Probe probe = pipeline.semantic.probe(entry, request);
        SemanticMatch near = probe == null ? null : pipeline.semantic.find(probe);
        return near == null ? new CacheLookup(key, probe, null, null)
                : new CacheLookup(key, probe, near.answer(), near.similarity());
    }

    /** A hit: no admission, no guards (the answer passed them when it was made), no upstream call, $0. */
    private GatewayResult<ChatResponse> served(CacheLookup cached, ChatRequest request, RequestContext ctx,
                                               Pipeline.Entry entry, Router.Trace trace) {
        CachedAnswer hit = cached.hit();
        hitFound(cached, request, trace);
        pipeline.report(ctx, entry.key(), request.model(), trace, Usage.ZERO, BigDecimal.ZERO, 200, null, false, -1);
        ChatResponse r = hit.response();
        ChatResponse unbilled = new ChatResponse(r.id(), r.model(), r.created(), r.choices(), Usage.ZERO,
                r.systemFingerprint(), r.stopSequence());
        return new GatewayResult<>(unbilled, "cache", hit.upstreamModel(), 0, "cache", BigDecimal.ZERO, trace.cache,
                cached.similarity(), verdict(trace));
    }

    private static String verdict(Router.Trace trace) {
        return trace.selection == null ? null : trace.selection.verdict();
    }

    private GatewayStream replay(CacheLookup cached, ChatRequest request, RequestContext ctx, Pipeline.Entry entry,
                                 Router.Trace trace) {
        hitFound(cached, request, trace);
        return new CachedStream(cached.hit(), cached.similarity(), verdict(trace), request, () -> pipeline.report(ctx, entry.key(),
                request.model(), trace, Usage.ZERO, BigDecimal.ZERO, 200, null, true, ctx.elapsedMillis()));
    }

    private static void hitFound(CacheLookup cached, ChatRequest request, Router.Trace trace) {
        trace.cache = cached.similarity() == null ? UsageRecord.CACHE_HIT : UsageRecord.CACHE_SEMANTIC_HIT;
        trace.saved = cached.hit().costUsd();
        trace.capture = () -> CapturedExchange.of(request, cached.hit().response());
    }

    /**
     * Keeps a fresh answer under the exact key, and under the semantic probe when the request took part.
     *
     * @param cost null for a stream: priced from its usage
     */
    private void store(CacheLookup cached, Pipeline.Entry entry, ChatResponse answer, BigDecimal cost, Attempt a) {
        BigDecimal price = cost != null ? cost : pipeline.costs.cost(a.provider(), a.upstreamModel(), answer.usage());
        CachedAnswer kept = new CachedAnswer(answer, price, a.provider(), a.upstreamModel(), java.time.Instant.now());
        pipeline.cache.put(cached.key(), kept, entry.route().cacheTtl());
        if (cached.probe() != null) pipeline.semantic.store(cached.probe(), kept, entry.route().cacheTtl());
    }

    /**
     * The request as the route sends it: its output schema as response_format when the client asked for none, and
     * prompt-cache breakpoints on the stable prefix when the route turns provider-side caching on.
     */
    private static ChatRequest shaped(ChatRequest request, Pipeline.Entry entry) {
        ResponseFormat format = OutputValidator.upstreamFormat(request.responseFormat(), entry.route().outputSchema());
        ChatRequest r = format == request.responseFormat() ? request : request.toBuilder().responseFormat(format).build();
        return entry.route().promptCache() ? PromptCacheMarks.mark(r) : r;
    }

    /** Records a request refused before it reached the gateway (malformed body, oversized). */
    public void rejected(RequestContext ctx, String model, GantryException e) {
        pipeline.report(ctx, null, model, null, null, BigDecimal.ZERO, e.kind().httpStatus(), e, false, -1);
    }

    /**
     * @param repairable the answer may need a repair call, which the budget reservation must cover too: its prompt
     *                   is the original one plus the invalid answer and the repair instruction
     */
    private Admission.Ticket admit(Pipeline.Entry e, ChatRequest r, boolean repairable) {
        boolean keyNeeds = e.key() != null && (e.key().tpm() > 0 || e.key().budget() != null);
        long prompt = keyNeeds || e.route().tpm() > 0 ? tokens.promptTokens(r) : 0;
        int choices = r.n() == null ? 1 : Math.max(1, r.n());
        long maxOut = r.maxTokens() == null ? 0 : (long) r.maxTokens() * choices;
        Integer worstOut = r.maxTokens() == null ? null : (int) Math.min(Integer.MAX_VALUE, maxOut);
        BigDecimal worst = pipeline.worstCase(e, r.model(), prompt, worstOut);
        if (repairable) {
            long answer = r.maxTokens() == null ? CostCalculator.DEFAULT_MAX_OUTPUT : maxOut;
            long repairPrompt = prompt + answer + RepairPrompt.MAX_INSTRUCTION_TOKENS;
            worst = worst.add(pipeline.worstCase(e, r.model(), repairPrompt, worstOut));
        }
        return pipeline.admission.admit(e.key(), e.route(), prompt + maxOut, worst);
    }

    private ChatResponse call(Attempt a, ChatRequest request, RequestContext ctx) {
        Timeouts t = a.route().timeouts();
        return handle(a).chat().chat(request.withModel(a.upstreamModel()),
                new CallOptions(t.connect(), t.total(), ctx.requestId()));
    }

    private Opened open(Attempt a, ChatRequest request, RequestContext ctx) {
        Timeouts t = a.route().timeouts();
        AtomicBoolean timedOut = new AtomicBoolean();
        ChatStream s = handle(a).chat().stream(request.withModel(a.upstreamModel()),
                new CallOptions(t.connect(), t.firstToken(), ctx.requestId()));
        Future<?> timer = watchdog.after(remaining(t.firstToken(), a.startNanos()), () -> {
            timedOut.set(true);
            s.close();
        });
        ArrayDeque<ChatChunk> prefix = new ArrayDeque<>(2);
        try {
            ChatChunk c;
            while ((c = s.next()) != null) {
                prefix.add(c);
                if (meaningful(c)) break;
            }
            timer.cancel(false);
            if (timedOut.get()) throw firstTokenTimeout(a, null);
            return new Opened(a, s, prefix, c == null);
        } catch (GantryException e) {
            timer.cancel(false);
            s.close();
            throw timedOut.get() ? firstTokenTimeout(a, e) : e;
        }
    }

    private static ProviderException firstTokenTimeout(Attempt a, Throwable cause) {
        return new ProviderException(ErrorKind.TIMEOUT, a.provider(), 0, "provider '" + a.provider()
                + "' sent no token within the first-token timeout (" + a.route().timeouts().firstToken().toMillis()
                + " ms)", null, cause);
    }

    static Duration remaining(Duration limit, long sinceNanos) {
        return Duration.ofNanos(Math.max(1, limit.toNanos() - (System.nanoTime() - sinceNanos)));
    }

    /**
     * A chunk that carries something beyond the role: text, reasoning, a tool call or a finish. OpenAI opens
     * every stream with {"role":"assistant","content":""}, which must not count as the first token.
     */
    private static boolean meaningful(ChatChunk c) {
        for (ChoiceDelta d : c.choices()) {
            if (notEmpty(d.content()) || notEmpty(d.reasoning()) || !d.toolCalls().isEmpty() || d.finishReason() != null) {
                return true;
            }
        }
        return c.usage() != null;
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private ProviderHandle handle(Attempt a) {
        ProviderHandle h = providers.get(a.provider());
        if (h == null || h.chat() == null) {
            throw new GantryException(ErrorKind.NO_PROVIDER, "provider '" + a.provider() + "' named by model '"
                    + a.route().alias() + "' is not configured");
        }
        return h;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    TokenEstimator tokens() {
        return tokens;
    }

    Watchdog watchdog() {
        return watchdog;
    }

    /** The latest answer with the usage and cost of every call made for it so far. */
    private record Paid(ChatResponse response, Usage usage, BigDecimal cost) {
        Paid then(Paid next) {
            return new Paid(next.response, usage.plus(next.usage), cost.add(next.cost));
        }
    }

    /** An upstream stream that has produced its first token, with the chunks pulled so far. */
    record Opened(Attempt attempt, ChatStream stream, ArrayDeque<ChatChunk> prefix, boolean ended) {
    }
}
