package dev.gantry.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.BooleanSupplier;

/** GET /v1/models, /healthz, /readyz, /metrics and the catch-all 404. */
final class PlatformHandlers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RouteTable routes;
    private final PrometheusMeterRegistry metrics;
    private final BooleanSupplier ready;

    PlatformHandlers(RouteTable routes, PrometheusMeterRegistry metrics, BooleanSupplier ready) {
        this.routes = routes;
        this.metrics = metrics;
        this.ready = ready;
    }

    void models(ServerRequest req, ServerResponse res) {
        res.header(Exchange.REQUEST_ID, Exchange.requestId(req));
        ObjectNode root = JSON.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (String alias : routes.aliases()) {
            data.addObject().put("id", alias).put("object", "model").put("created", 0).put("owned_by", "gantry");
        }
        Exchange.json(res, 200, bytes(root));
    }

    void health(ServerRequest req, ServerResponse res) {
        res.header(Exchange.REQUEST_ID, Exchange.requestId(req));
        Exchange.json(res, 200, bytes(JSON.createObjectNode().put("status", "ok")));
    }

    void readiness(ServerRequest req, ServerResponse res) {
        res.header(Exchange.REQUEST_ID, Exchange.requestId(req));
        boolean ok = ready.getAsBoolean();
        Exchange.json(res, ok ? 200 : 503, bytes(JSON.createObjectNode().put("status", ok ? "ready" : "starting")));
    }

    void metrics(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        res.send(metrics.scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void notFound(ServerRequest req, ServerResponse res) {
        res.header(Exchange.REQUEST_ID, Exchange.requestId(req));
        GantryException e = new GantryException(ErrorKind.NOT_FOUND, "no route for " + req.prologue().method().text() + " "
                + req.path().path() + "; see the README for the API (e.g. POST /v1/chat/completions)");
        ErrorWriter.write(res, e, OpenAiCodec::writeError);
    }

    /** The knowledge routes exist but the pipeline is off: say how to turn it on rather than "no route". */
    void knowledgeOff(ServerRequest req, ServerResponse res) {
        res.header(Exchange.REQUEST_ID, Exchange.requestId(req));
        GantryException e = new GantryException(ErrorKind.NOT_FOUND, "the knowledge pipeline is off; set knowledge: "
                + "{enabled: true, extraction-model: ALIAS} in the config (README \"Knowledge base from chat messages\")");
        ErrorWriter.write(res, e, OpenAiCodec::writeError);
    }

    static byte[] bytes(Object tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
