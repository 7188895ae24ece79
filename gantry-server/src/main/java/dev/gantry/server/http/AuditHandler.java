package dev.gantry.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.audit.AuditHead;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * GET /gantry/audit?after=SEQ&limit=N: audit records after sequence number SEQ (default 0), oldest first, up to
 * N (default 100, at most 1000), with the current head; page on with after = the last seq returned.
 * Guarded by the admin key like the usage API.
 */
final class AuditHandler {
    static final int MAX_LIMIT = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AuditLog log;
    private final AdminGuard guard;

    AuditHandler(AuditLog log, AdminGuard guard) {
        this.log = log;
        this.guard = guard;
    }

    void records(ServerRequest req, ServerResponse res) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        try {
            guard.authorize(Exchange.credential(req));
            UriQuery q = req.query();
            long after = number(q, "after", 0, 0, Long.MAX_VALUE);
            int limit = (int) number(q, "limit", 100, 1, MAX_LIMIT);
            Exchange.json(res, 200, PlatformHandlers.bytes(page(after, limit)));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    private ObjectNode page(long after, int limit) {
        ArrayNode data = JSON.createArrayNode();
        for (AuditRecord r : log.read(after, limit)) data.add(json(r));
        AuditHead head = log.head();
        ObjectNode out = JSON.createObjectNode().put("object", "list");
        out.set("data", data);
        out.set("head", JSON.createObjectNode().put("seq", head.seq()).put("hash", head.hash()));
        return out;
    }

    static ObjectNode json(AuditRecord r) {
        ObjectNode o = JSON.createObjectNode().put("seq", r.seq()).put("at", r.event().at().toString())
                .put("type", r.event().type()).put("actor", r.event().actor()).put("subject", r.event().subject());
        ObjectNode details = o.putObject("details");
        r.event().details().forEach(details::put);
        return o.put("previous_hash", r.previousHash()).put("hash", r.hash());
    }

    private static long number(UriQuery q, String name, long fallback, long min, long max) {
        if (!q.contains(name)) return fallback;
        long v;
        try {
            v = Long.parseLong(q.get(name));
        } catch (NumberFormatException e) {
            throw GantryException.invalid(name, name + " '" + q.get(name) + "' is not a whole number");
        }
        if (v < min || v > max) throw GantryException.invalid(name, name + " must be between " + min + " and " + max + ", got " + v);
        return v;
    }
}
