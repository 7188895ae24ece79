package dev.gantry.gateway;

import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.usage.UsageRecord;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.concurrent.TimeUnit;

/**
 * OpenTelemetry spans of the gateway, after the GenAI semantic conventions: one span per request (kind SERVER,
 * "chat {alias}"), a CLIENT span per provider attempt ("chat {upstream model}", gen_ai.* attributes), and one per
 * guard stage. Children get explicit parents: a stream's spans end on whichever thread finishes it. With the
 * no-op OpenTelemetry (traces off) every call here is a no-op.
 */
final class GatewayTracing {
    static final String SCOPE = "dev.gantry.gateway";
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
    static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private final Tracer tracer;
    private final java.util.Map<String, String> providerTypes;

    /** @param providerTypes configured provider name to its type (openai, anthropic, gemini), for gen_ai.provider.name */
    GatewayTracing(OpenTelemetry otel, java.util.Map<String, String> providerTypes) {
        this.tracer = otel.getTracer(SCOPE);
        this.providerTypes = java.util.Map.copyOf(providerTypes);
    }

    /** The request's span, child of whatever is current (a RAG answer, say), started when the request arrived. */
    Span request(RequestContext ctx, String operation, String model) {
        long startedAgoNanos = System.nanoTime() - ctx.startNanos();
        return tracer.spanBuilder(operation + " " + model).setSpanKind(SpanKind.SERVER)
                .setStartTimestamp(System.currentTimeMillis() * 1_000_000 - startedAgoNanos, TimeUnit.NANOSECONDS)
                .setAttribute(OPERATION, operation).setAttribute(REQUEST_MODEL, model)
                .setAttribute("gantry.request_id", ctx.requestId())
                .setAttribute("gantry.endpoint", ctx.endpoint() == null ? "" : ctx.endpoint()).startSpan();
    }

    /** A provider attempt: the GenAI client span. */
    Span attempt(Span parent, Attempt a, String operation) {
        return tracer.spanBuilder(operation + " " + a.upstreamModel()).setSpanKind(SpanKind.CLIENT)
                .setParent(Context.root().with(parent)).setAttribute(OPERATION, operation)
                .setAttribute(PROVIDER, providerTypes.getOrDefault(a.provider(), a.provider()))
                .setAttribute("gantry.provider", a.provider()).setAttribute(REQUEST_MODEL, a.upstreamModel())
                .setAttribute("gantry.route", a.route().alias()).startSpan();
    }

    /** A guard stage (input, output, sources). */
    Span guard(Span parent, String stage) {
        return tracer.spanBuilder("gantry.guard " + stage).setParent(Context.root().with(parent))
                .setAttribute("gantry.guard.stage", stage).startSpan();
    }

    static void failed(Span span, GantryException e) {
        span.setStatus(StatusCode.ERROR, e.kind().code());
        span.setAttribute(ERROR_TYPE, e.kind().code());
    }

    /** Ends the successful attempt with what the provider reported. */
    static void endAttempt(Span span, String responseModel, Usage usage) {
        if (responseModel != null) span.setAttribute(RESPONSE_MODEL, responseModel);
        if (usage != null) {
            span.setAttribute(INPUT_TOKENS, usage.inputTokens());
            span.setAttribute(OUTPUT_TOKENS, usage.outputTokens());
        }
        span.end();
    }

    /** Ends the request's span with the outcome the ledger records (never the prompt or the answer). */
    static void endRequest(Span span, UsageRecord r) {
        span.setAttribute(INPUT_TOKENS, r.inputTokens());
        span.setAttribute(OUTPUT_TOKENS, r.outputTokens());
        if (r.upstreamModel() != null) span.setAttribute(RESPONSE_MODEL, r.upstreamModel());
        if (r.provider() != null) span.setAttribute("gantry.provider", r.provider());
        if (r.keyName() != null) span.setAttribute("gantry.key", r.keyName());
        if (r.route() != null) span.setAttribute("gantry.route", r.route());
        span.setAttribute("gantry.attempts", r.attempts());
        span.setAttribute("gantry.cost_usd", r.costUsd().doubleValue());
        span.setAttribute("http.response.status_code", r.status());
        if (r.errorKind() != null) {
            span.setStatus(StatusCode.ERROR, r.errorKind());
            span.setAttribute(ERROR_TYPE, r.errorKind());
        }
        span.end();
    }
}
