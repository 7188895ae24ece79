package dev.gantry.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.alerts.AlertEngine;
import dev.gantry.alerts.RuleStatus;
import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * GET /gantry/alerts?limit=N: each rule's state (ok or firing, since when, the firing subjects) and the newest N
 * transitions (default 50, at most 1000), newest first. Guarded by the admin key like the usage API; 404 when no
 * alerts are configured.
 */
final class AlertsHandler {
    static final int MAX_LIMIT = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AlertEngine engine;
    private final AdminGuard guard;

    /** @param engine null when no alerts are configured */
    AlertsHandler(AlertEngine engine, AdminGuard guard) {
        this.engine = engine;
        this.guard = guard;
    }

    void alerts(ServerRequest req, ServerResponse res) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        try {
            guard.authorize(Exchange.credential(req));
            if (engine == null) {
                throw new GantryException(ErrorKind.NOT_FOUND, "no alerts are configured; add an alerts: section with "
                        + "rules to the config (see the README's Alerts section)");
            }
            int limit = limit(req);
            ObjectNode body = JSON.createObjectNode();
            ArrayNode rules = body.putArray("rules");
            engine.rules().forEach(r -> rules.add(rule(r)));
            ArrayNode history = body.putArray("history");
            engine.history(limit).forEach(e -> history.add(event(e)));
            Exchange.json(res, 200, PlatformHandlers.bytes(body));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    private static int limit(ServerRequest req) {
        if (!req.query().contains("limit")) return 50;
        String v = req.query().get("limit");
        try {
            int limit = Integer.parseInt(v);
            if (limit >= 1 && limit <= MAX_LIMIT) return limit;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw GantryException.invalid("limit", "limit '" + v + "' is not a whole number between 1 and " + MAX_LIMIT);
    }

    private static ObjectNode rule(RuleStatus r) {
        ObjectNode o = JSON.createObjectNode().put("name", r.name()).put("kind", r.kind())
                .put("state", r.firing() ? "firing" : "ok").put("since", r.since().toString());
        ArrayNode firing = o.putArray("firing");
        for (RuleStatus.Subject s : r.firingSubjects()) {
            ObjectNode f = firing.addObject().put("subject", s.subject()).put("since", s.since().toString())
                    .put("value", s.value()).put("threshold", s.threshold()).put("message", s.message());
            if (s.level() > 0) f.put("level", s.level());
        }
        return o;
    }

    private static ObjectNode event(AlertEvent e) {
        ObjectNode o = JSON.createObjectNode().put("at", e.at().toString()).put("rule", e.rule()).put("kind", e.kind())
                .put("subject", e.subject()).put("state", e.state().code()).put("message", e.message())
                .put("value", e.value()).put("threshold", e.threshold());
        if (e.level() > 0) o.put("level", e.level());
        return o;
    }
}
