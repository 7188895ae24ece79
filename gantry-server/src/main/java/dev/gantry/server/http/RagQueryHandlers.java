package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.RequestContext;
import dev.gantry.provider.openai.OpenAiCodec;
import dev.gantry.rag.answer.Answer;
import dev.gantry.rag.answer.AnswerRequest;
import dev.gantry.rag.answer.AnswerService;
import dev.gantry.rag.answer.AnswerStream;
import dev.gantry.rag.answer.Citations;
import dev.gantry.rag.answer.Source;
import dev.gantry.rag.retrieve.Retriever;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.server.rag.GatewayAnswerGenerator;
import dev.gantry.server.rag.RagEngine;
import io.helidon.webserver.http.HttpRules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * POST /v1/rag/{collection}/search (ranked chunks with scores and citations) and /answer (a grounded answer with
 * its citations; {@code "stream": true} sends SSE events: sources, delta..., done, then [DONE]).
 */
final class RagQueryHandlers {
    private static final Set<String> ANSWER_FIELDS = Set.of("model", "stream", "context_tokens", "max_tokens", "temperature");

    private final RagRoute route;
    private final RagEngine rag;
    private final GatewayAnswerGenerator.Factory generators;

    RagQueryHandlers(RagRoute route, RagEngine rag, GatewayAnswerGenerator.Factory generators) {
        this.route = route;
        this.rag = rag;
        this.generators = generators;
    }

    void register(HttpRules rules) {
        rules.post("/v1/rag/{collection}/search", (q, s) -> route.handle(q, s, this::search))
                .post("/v1/rag/{collection}/answer", (q, s) -> route.handle(q, s, this::answer));
    }

    private RagRoute.Reply search(RagRoute.Call c) {
        Retriever retriever = rag.retriever(c.param("collection"));
        SearchRequest request = SearchJson.request(c.json(), "query", Set.of());
        return new RagRoute.Reply(200, SearchJson.result(c.param("collection"), request, retriever.search(request)));
    }

    /** One span around retrieval and the model call, so they share a trace. */
    private RagRoute.Reply answer(RagRoute.Call c) {
        io.opentelemetry.api.trace.Span span = rag.tracer().spanBuilder("rag.answer " + c.param("collection"))
                .setSpanKind(io.opentelemetry.api.trace.SpanKind.SERVER).startSpan();
        try (io.opentelemetry.context.Scope ignored = span.makeCurrent()) {
            return answerInSpan(c);
        } catch (RuntimeException e) {
            span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private RagRoute.Reply answerInSpan(RagRoute.Call c) {
        Retriever retriever = rag.retriever(c.param("collection"));
        JsonNode b = c.json();
        AnswerRequest request = new AnswerRequest(SearchJson.request(b, "question", ANSWER_FIELDS), model(b),
                b.hasNonNull("context_tokens") ? RagRoute.integer(b, "context_tokens") : rag.settings().contextTokens(),
                RagRoute.integer(b, "max_tokens"), b.hasNonNull("temperature") ? b.get("temperature").asDouble() : null);
        RequestContext ctx = RequestContext.of(c.requestId(), c.credential(), Exchange.feature(c.req()), "rag.answer");
        GatewayAnswerGenerator generator = generators.create(ctx);
        boolean stream = b.hasNonNull("stream") && SearchJson.bool(b, "stream");
        AnswerService answers = generator == null ? rag.answers(null)
                : rag.answers(generator, generator.screen(request.model()));
        if (stream) {
            stream(c, answers.stream(retriever, request), generator);
            return null;
        }
        Answer a = answers.answer(retriever, request);
        routingHeaders(c, generator);
        ObjectNode o = RagRoute.object().put("object", "rag.answer").put("id", c.requestId()).put("model", a.model())
                .put("answer", a.text());
        o.set("citations", SearchJson.sources(a.cited()));
        o.set("sources", SearchJson.sources(a.sources()));
        o.set("usage", usage(a.usage()));
        return new RagRoute.Reply(200, o);
    }

    private static void routingHeaders(RagRoute.Call c, GatewayAnswerGenerator generator) {
        GatewayAnswerGenerator.Routing r = generator == null ? null : generator.routing();
        if (r != null) RoutingHeaders.write(c.res(), r.provider(), r.upstreamModel(), r.attempts(), r.route(), r.cost());
    }

    private String model(JsonNode b) {
        String model = RagRoute.text(b, "model");
        if (model == null) model = rag.settings().answerModel();
        if (model == null) {
            throw GantryException.invalid("model", "name the chat model that should answer as \"model\" (an alias from models: "
                    + "or provider/model), or set rag.answer-model in the config");
        }
        return model;
    }

    private void stream(RagRoute.Call c, AnswerStream answer, GatewayAnswerGenerator generator) {
        routingHeaders(c, generator);
        Exchange.sseHeaders(c.res());
        try (answer; OutputStream out = c.res().outputStream()) {
            ObjectNode sources = RagRoute.object().put("type", "sources");
            sources.set("sources", SearchJson.sources(answer.sources()));
            event(out, sources);
            StringBuilder text = new StringBuilder();
            Usage usage = relay(answer, out, text);
            if (usage == null) return; // an error event was sent
            ObjectNode done = RagRoute.object().put("type", "done");
            ArrayNode cited = done.putArray("cited");
            for (Source s : Citations.referenced(text.toString(), answer.sources())) cited.add(s.number());
            done.set("usage", usage(usage));
            event(out, done);
            out.write(OpenAiCodec.DONE);
            out.flush();
        } catch (IOException | RuntimeException e) {
            // the client went away: closing the answer stream cancels the upstream call
        }
    }

    /** @return the usage at the end, or null when the stream failed (and the error event was written) */
    private static Usage relay(AnswerStream answer, OutputStream out, StringBuilder text) throws IOException {
        Usage usage = Usage.ZERO;
        try {
            ChatChunk chunk;
            while ((chunk = answer.stream().next()) != null) {
                if (chunk.usage() != null) usage = chunk.usage();
                for (ChoiceDelta d : chunk.choices()) {
                    if (d.content() == null || d.content().isEmpty()) continue;
                    text.append(d.content());
                    event(out, RagRoute.object().put("type", "delta").put("text", d.content()));
                }
            }
            return usage;
        } catch (GantryException e) {
            out.write(OpenAiCodec.writeErrorEvent(e));
            out.flush();
            return null;
        }
    }

    private static void event(OutputStream out, ObjectNode o) throws IOException {
        out.write(("data: " + o + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static ObjectNode usage(Usage u) {
        return RagRoute.object().put("prompt_tokens", u.inputTokens()).put("completion_tokens", u.outputTokens())
                .put("total_tokens", u.totalTokens());
    }

}
