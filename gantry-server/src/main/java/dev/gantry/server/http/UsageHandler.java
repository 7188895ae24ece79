package dev.gantry.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * GET /gantry/usage (records) and GET /gantry/usage/summary?group-by=key|model|provider|day|feature.
 * Filters: from, to (ISO date or instant), key, model, provider, feature, failed=true, limit.
 * Guarded by the admin key when one is configured; open only while the gateway runs without any keys.
 */
final class UsageHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final UsageStore store;
    private final AdminGuard guard;

    UsageHandler(UsageStore store, AdminGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    void records(ServerRequest req, ServerResponse res) {
        run(req, res, q -> {
            ArrayNode data = JSON.createArrayNode();
            for (UsageRecord r : store.find(q)) data.add(JSON.valueToTree(UsageJson.record(r)));
            return JSON.createObjectNode().put("object", "list").set("data", data);
        });
    }

    void summary(ServerRequest req, ServerResponse res) {
        UsageGroupBy by = groupBy(req.query());
        run(req, res, q -> {
            ArrayNode data = JSON.createArrayNode();
            for (UsageSummary s : store.summarize(q, by)) data.add(JSON.valueToTree(UsageJson.summary(s)));
            return JSON.createObjectNode().put("object", "list").put("group_by", by.name().toLowerCase(Locale.ROOT)).set("data", data);
        });
    }

    private void run(ServerRequest req, ServerResponse res, java.util.function.Function<UsageQuery, ObjectNode> body) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        try {
            guard.authorize(Exchange.credential(req));
            Exchange.json(res, 200, PlatformHandlers.bytes(body.apply(query(req.query()))));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    static UsageQuery query(UriQuery q) {
        int limit = 100;
        if (q.contains("limit")) {
            try {
                limit = Integer.parseInt(q.get("limit"));
            } catch (NumberFormatException e) {
                throw GantryException.invalid("limit", "limit '" + q.get("limit") + "' is not a whole number");
            }
            if (limit < 1 || limit > 10_000) throw GantryException.invalid("limit", "limit must be between 1 and 10000, got " + limit);
        }
        return new UsageQuery(instant(q, "from"), instant(q, "to"), opt(q, "key"), opt(q, "model"), opt(q, "provider"),
                opt(q, "feature"), q.contains("failed") ? Boolean.valueOf(q.get("failed")) : null, limit);
    }

    private static UsageGroupBy groupBy(UriQuery q) {
        String v = q.contains("group-by") ? q.get("group-by") : "model";
        try {
            return UsageGroupBy.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GantryException.invalid("group-by", "group-by '" + v + "' is not one of key, model, provider, day, feature, route");
        }
    }

    private static String opt(UriQuery q, String name) {
        return q.contains(name) ? q.get(name) : null;
    }

    static Instant instant(UriQuery q, String name) {
        if (!q.contains(name)) return null;
        return parseInstant(name, q.get(name));
    }

    static Instant parseInstant(String name, String v) {
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw GantryException.invalid(name, name + " '" + v + "' is not a date (2026-11-01) or an instant (2026-11-01T10:00:00Z)");
        }
    }
}
