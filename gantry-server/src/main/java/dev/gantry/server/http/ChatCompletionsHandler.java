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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** POST /v1/chat/completions in the OpenAI dialect, plain and SSE streaming. */
final class ChatCompletionsHandler implements Handler {
    private final ChatGateway gateway;
    private final long maxBody;

    ChatCompletionsHandler(ChatGateway gateway, long maxBody) {
        this.gateway = gateway;
        this.maxBody = maxBody;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        RequestContext ctx = RequestContext.of(id, Exchange.credential(req), Exchange.feature(req), "chat");
        ChatRequest request;
        try {
            request = OpenAiCodec.readChatRequest(Exchange.body(req, maxBody));
        } catch (RuntimeException e) {
            GantryException g = ErrorWriter.safe(e, id);
            gateway.rejected(ctx, null, g);
            ErrorWriter.write(res, g, OpenAiCodec::writeError);
            return;
        }
        try {
            if (request.stream()) stream(request, ctx, res);
            else plain(request, ctx, res);
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    private void plain(ChatRequest request, RequestContext ctx, ServerResponse res) {
        GatewayResult<ChatResponse> r = gateway.chat(request, ctx);
        RoutingHeaders.write(res, r.provider(), r.upstreamModel(), r.attempts(), r.route(), r.costUsd());
        Exchange.json(res, 200, OpenAiCodec.writeChatResponse(r.value()));
    }

    private void stream(ChatRequest request, RequestContext ctx, ServerResponse res) {
        GatewayStream s = gateway.stream(request, ctx);
        RoutingHeaders.write(res, s.provider(), s.upstreamModel(), s.attempts(), s.route(), null);
        Exchange.sseHeaders(res);
        try (OutputStream out = res.outputStream()) {
            pump(s, out);
        } catch (IOException | RuntimeException e) {
            // the client went away (Helidon reports it as an unchecked socket exception): nothing to tell it
        } finally {
            s.close(); // no-op after a normal end; otherwise cancels the upstream call and accounts what was sent
        }
    }

    private static void pump(GatewayStream s, OutputStream out) throws IOException {
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
        out.write(OpenAiCodec.DONE);
        out.flush();
    }
}
