package dev.gantry.gateway;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.gateway.admission.TokenEstimator;
import java.math.BigDecimal;
import java.util.Map;

/** The embeddings use case: the same authentication, limits, budgets, routing and accounting as chat. */
public final class EmbeddingGateway {
    private final Pipeline pipeline;
    private final Map<String, ProviderHandle> providers;
    private final TokenEstimator tokens;

    public EmbeddingGateway(GatewayParts parts) {
        this.pipeline = parts.pipeline();
        this.providers = parts.providers();
        this.tokens = parts.tokens();
    }

    public GatewayResult<EmbeddingResponse> embed(EmbeddingRequest request, RequestContext ctx) {
        Router.Trace trace = pipeline.trace(ctx, "embeddings", request.model());
        trace.capture = () -> CapturedExchange.ofInputs(request.inputs());
        Pipeline.Entry entry = null;
        Admission.Ticket ticket = null;
        try {
            entry = pipeline.enter(ctx, request.model());
            long prompt = 0;
            for (String s : request.inputs()) prompt += tokens.count(s);
            BigDecimal worst = pipeline.worstCase(entry, request.model(), prompt, 0);
            ticket = pipeline.admission.admit(entry.key(), entry.route(), prompt, worst);
            EmbeddingResponse r = pipeline.router.run(entry.route(), request.model(), trace, a -> call(a, request, ctx));
            Attempt a = trace.last;
            long took = System.nanoTime() - a.startNanos();
            trace.upstreamNanos += took;
            a.target().succeeded(took);
            BigDecimal cost = pipeline.costs.cost(a.provider(), a.upstreamModel(), r.usage());
            pipeline.admission.settle(ticket, r.usage().totalTokens(), cost);
            pipeline.report(ctx, entry.key(), request.model(), trace, r.usage(), cost, 200, null, false, -1);
            return new GatewayResult<>(r, a.provider(), a.upstreamModel(), trace.attempts, trace.route(), cost);
        } catch (GantryException e) {
            if (ticket != null) pipeline.admission.release(ticket);
            pipeline.report(ctx, entry == null ? null : entry.key(), request.model(), trace, null, BigDecimal.ZERO,
                    e.kind().httpStatus(), e, false, -1);
            throw e;
        }
    }

    private EmbeddingResponse call(Attempt a, EmbeddingRequest request, RequestContext ctx) {
        ProviderHandle h = providers.get(a.provider());
        if (h == null || h.embeddings() == null) {
            throw new GantryException(ErrorKind.INVALID_REQUEST, "model '" + a.route().alias() + "' routes to provider '"
                    + a.provider() + "', which does not serve embeddings; route embeddings to an openai or gemini provider");
        }
        var t = a.route().timeouts();
        return h.embeddings().embed(request.withModel(a.upstreamModel()), new CallOptions(t.connect(), t.total(), ctx.requestId()));
    }
}
