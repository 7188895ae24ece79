package dev.gantry.server.rag;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.GatewayResult;
import dev.gantry.gateway.GatewayStream;
import dev.gantry.gateway.RequestContext;
import dev.gantry.rag.answer.AnswerGenerator;
import dev.gantry.rag.retrieve.SourceScreen;
import java.math.BigDecimal;

/**
 * Answers through the gateway's chat route on behalf of the caller (its key, limits and budget), and remembers
 * the routing decision for the x-gantry-* response headers. One per request.
 */
public final class GatewayAnswerGenerator implements AnswerGenerator {
    /** Makes the generator of one request; null generators mean no chat provider is configured. */
    public interface Factory {
        GatewayAnswerGenerator create(RequestContext ctx);
    }

    /** What the headers report: the provider that answered, the upstream model, attempts, the route, the cost. */
    public record Routing(String provider, String upstreamModel, int attempts, String route, BigDecimal cost) {
    }

    private final ChatGateway chat;
    private final RequestContext ctx;
    private volatile Routing routing;

    public GatewayAnswerGenerator(ChatGateway chat, RequestContext ctx) {
        this.chat = chat;
        this.ctx = ctx;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        GatewayResult<ChatResponse> r = chat.chat(request, ctx);
        routing = new Routing(r.provider(), r.upstreamModel(), r.attempts(), r.route(), r.costUsd());
        return r.value();
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        GatewayStream s = chat.stream(request, ctx);
        routing = new Routing(s.provider(), s.upstreamModel(), s.attempts(), s.route(), null);
        return s;
    }

    /** Retrieved passages through the guard policy a call to {@code model} will get. */
    public SourceScreen screen(String model) {
        return passages -> chat.screenSources(passages, ctx, model);
    }

    /** Null until a model was called (no hits means no call). */
    public Routing routing() {
        return routing;
    }
}
