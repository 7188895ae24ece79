package dev.gantry.server.http;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.GatewayResult;
import dev.gantry.gateway.GatewayStream;
import dev.gantry.gateway.RequestContext;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.server.rag.RagBindings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** POST /v1/chat/completions in the OpenAI dialect, plain and SSE streaming. */
final class ChatCompletionsHandler implements Handler {
    static final io.helidon.http.HeaderName SOURCES = io.helidon.http.HeaderNames.create("x-gantry-rag-sources");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChatGateway gateway;
    private final long maxBody;
    private final RagBindings bindings;

    ChatCompletionsHandler(ChatGateway gateway, long maxBody, RagBindings bindings) {
        this.gateway = gateway;
        this.maxBody = maxBody;
        this.bindings = bindings;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        RequestContext received = RequestContext.of(id, Exchange.credential(req), Exchange.feature(req), "chat");
        ChatRequest request;
        RequestContext ctx;
        try {
            ctx = received.withCache(Exchange.cacheDirective(req));
            request = OpenAiCodec.readChatRequest(Exchange.body(req, maxBody));
        } catch (RuntimeException e) {
            GantryException g = ErrorWriter.safe(e, id);
            gateway.rejected(received, null, g);
            ErrorWriter.write(res, g, OpenAiCodec::writeError);
            return;
        }
        try {
            RagBindings.Bound bound = bindings.bind(request,
                    model -> passages -> gateway.screenSources(passages, ctx, model));
            if (bound != null) {
                request = bound.request();
                res.header(SOURCES, String.valueOf(bound.sources().size()));
            }
            if (request.stream()) stream(request, ctx, res, bound);
            else plain(request, ctx, res, bound);
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    private void plain(ChatRequest request, RequestContext ctx, ServerResponse res, RagBindings.Bound bound) {
        GatewayResult<ChatResponse> r = gateway.chat(request, ctx);
        RoutingHeaders.write(res, r.provider(), r.upstreamModel(), r.attempts(), r.route(), r.costUsd(), r.cache(), r.cacheSimilarity(),
                r.selected());
        byte[] body = OpenAiCodec.writeChatResponse(r.value());
        Exchange.json(res, 200, bound == null ? body : withCitations(body, bound));
    }

    /** Grounded answers carry their sources in an extra top-level "citations" array (clients ignore unknown fields). */
    private static byte[] withCitations(byte[] body, RagBindings.Bound bound) {
        try {
            ObjectNode o = (ObjectNode) JSON.readTree(body);
            o.set("citations", SearchJson.sources(bound.sources()));
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException("re-reading our own response", e);
        }
    }

    private void stream(ChatRequest request, RequestContext ctx, ServerResponse res, RagBindings.Bound bound) {
        GatewayStream s = gateway.stream(request, ctx);
        RoutingHeaders.write(res, s.provider(), s.upstreamModel(), s.attempts(), s.route(), null, s.cache(), s.cacheSimilarity(),
                s.selected());
        Exchange.sseHeaders(res);
        try (OutputStream out = res.outputStream()) {
            pump(s, out, bound);
        } catch (IOException | RuntimeException e) {
            // the client went away (Helidon reports it as an unchecked socket exception): nothing to tell it
        } finally {
            s.close(); // no-op after a normal end; otherwise cancels the upstream call and accounts what was sent
        }
    }

    private static void pump(GatewayStream s, OutputStream out, RagBindings.Bound bound) throws IOException {
        try {
            ChatChunk c;
            while ((c = s.next()) != null) {
                out.write(OpenAiCodec.writeChunk(c));
                out.flush();
            }
        } catch (GantryException e) {
            // after the first byte there is no failover left: say so explicitly, never end silently
            out.write(OpenAiCodec.writeErrorEvent(e));
            out.flush();
            return;
        }
        out.write((": x-gantry-cost-usd=" + s.cost().toPlainString() + "\n\n").getBytes(StandardCharsets.UTF_8));
        if (bound != null) {
            // an SSE comment: SDKs skip it, RAG-aware clients read the sources from it
            out.write((": x-gantry-citations=" + SearchJson.sources(bound.sources()) + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(OpenAiCodec.DONE);
        out.flush();
    }
}
