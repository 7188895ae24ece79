package dev.gantry.server.http;

import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.EmbeddingGateway;
import dev.gantry.gateway.GatewayResult;
import dev.gantry.gateway.RequestContext;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** POST /v1/embeddings in the OpenAI dialect. */
final class EmbeddingsHandler implements Handler {
    private final EmbeddingGateway gateway;
    private final ChatGateway rejections;
    private final long maxBody;

    EmbeddingsHandler(EmbeddingGateway gateway, ChatGateway rejections, long maxBody) {
        this.gateway = gateway;
        this.rejections = rejections;
        this.maxBody = maxBody;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        RequestContext ctx = RequestContext.of(id, Exchange.credential(req), Exchange.feature(req), "embeddings");
        EmbeddingRequest request;
        try {
            request = OpenAiCodec.readEmbeddingRequest(Exchange.body(req, maxBody));
        } catch (RuntimeException e) {
            GantryException g = ErrorWriter.safe(e, id);
            rejections.rejected(ctx, null, g);
            ErrorWriter.write(res, g, OpenAiCodec::writeError);
            return;
        }
        try {
            GatewayResult<EmbeddingResponse> r = gateway.embed(request, ctx);
            RoutingHeaders.write(res, r.provider(), r.upstreamModel(), r.attempts(), r.route(), r.costUsd());
            Exchange.json(res, 200, OpenAiCodec.writeEmbeddingResponse(r.value(), request.encodingFormat()));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }
}
