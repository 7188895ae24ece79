package dev.gantry.server.http;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.GatewayResult;
import dev.gantry.gateway.GatewayStream;
import dev.gantry.gateway.RequestContext;
import dev.gantry.provider.anthropic.AnthropicCodec;
import dev.gantry.provider.anthropic.AnthropicStreamEncoder;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;

/** POST /v1/messages: the Anthropic Messages dialect in, any provider out, streaming included. */
final class MessagesHandler implements Handler {
    private final ChatGateway gateway;
    private final long maxBody;

    MessagesHandler(ChatGateway gateway, long maxBody) {
        this.gateway = gateway;
        this.maxBody = maxBody;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        RequestContext received = RequestContext.of(id, Exchange.credential(req), Exchange.feature(req), "messages");
        ChatRequest request;
        RequestContext ctx;
        try {
            ctx = received.withCache(Exchange.cacheDirective(req));
            // Anthropic always reports usage, so the stream asks for it whatever the client said
            ChatRequest parsed = AnthropicCodec.readRequest(Exchange.body(req, maxBody));
            request = parsed.stream() ? parsed.toBuilder().includeUsage(true).build() : parsed;
        } catch (RuntimeException e) {
            GantryException g = ErrorWriter.safe(e, id);
            gateway.rejected(received, null, g);
            ErrorWriter.write(res, g, AnthropicCodec::writeError);
            return;
        }
        try {
            if (request.stream()) stream(request, ctx, res);
            else plain(request, ctx, res);
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), AnthropicCodec::writeError);
        }
    }

    private void plain(ChatRequest request, RequestContext ctx, ServerResponse res) {
        GatewayResult<ChatResponse> r = gateway.chat(request, ctx);
        RoutingHeaders.write(res, r.provider(), r.upstreamModel(), r.attempts(), r.route(), r.costUsd(), r.cache(), r.cacheSimilarity(),
                r.selected());
        Exchange.json(res, 200, AnthropicCodec.writeResponse(r.value(), request.model()));
    }

    private void stream(ChatRequest request, RequestContext ctx, ServerResponse res) {
        GatewayStream s = gateway.stream(request, ctx);
        RoutingHeaders.write(res, s.provider(), s.upstreamModel(), s.attempts(), s.route(), null, s.cache(), s.cacheSimilarity(),
                s.selected());
        Exchange.sseHeaders(res);
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder(request.model());
        try (OutputStream out = res.outputStream()) {
            pump(s, encoder, out);
        } catch (IOException | RuntimeException e) {
            // the client went away (Helidon reports it as an unchecked socket exception): nothing to tell it
        } finally {
            s.close(); // no-op after a normal end; otherwise cancels the upstream call and accounts what was sent
        }
    }

    private static void pump(GatewayStream s, AnthropicStreamEncoder encoder, OutputStream out) throws IOException {
        Usage last = null;
        try {
            ChatChunk c;
            while ((c = s.next()) != null) {
                if (c.usage() != null) last = c.usage();
                out.write(encoder.onChunk(c));
                out.flush();
            }
        } catch (GantryException e) {
            out.write(encoder.error(e));
            out.flush();
            return;
        }
        out.write(encoder.finish(last));
        out.flush();
    }
}
