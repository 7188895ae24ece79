package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.gateway.Authenticator;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What every /v1/rag route shares: the request id, access (a valid virtual key or the admin key while keys are in
 * use; open while there are none), JSON in and out, and errors in the OpenAI shape.
 */
final class RagRoute {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Authenticator auth;
    private final String adminKeyHash;
    private final long maxBody;

    RagRoute(Authenticator auth, String adminKey, long maxBody) {
        this.auth = auth;
        this.adminKeyHash = adminKey == null || adminKey.isBlank() ? null : KeyHashing.sha256(adminKey);
        this.maxBody = maxBody;
    }

    /** The work of one route: returns the status and body to send, or null when it wrote the response itself. */
    interface Work {
        Reply run(Call call);
    }

    record Reply(int status, Object body) {
    }

    /** A request that passed the access check. */
    record Call(ServerRequest req, ServerResponse res, String requestId, String credential, RagRoute route) {
        String param(String name) {
            return req.path().pathParameters().get(name);
        }

        String query(String name, String fallback) {
            return req.query().contains(name) ? req.query().get(name) : fallback;
        }

        byte[] body() {
            return Exchange.body(req, route.maxBody);
        }

        JsonNode json() {
            byte[] b = body();
            try {
                JsonNode n = JSON.readTree(b);
                if (n == null || !n.isObject()) throw GantryException.invalid(null, "the request body must be a JSON object");
                return n;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw GantryException.invalid(null, "the request body is not valid JSON: " + e.getOriginalMessage());
            } catch (java.io.IOException e) {
                throw GantryException.invalid(null, "the request body is not valid JSON");
            }
        }
    }

    void handle(ServerRequest req, ServerResponse res, Work work) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        try {
            String credential = Exchange.credential(req);
            authorize(credential);
            Reply reply = work.run(new Call(req, res, id, credential, this));
            if (reply != null) Exchange.json(res, reply.status(), PlatformHandlers.bytes(reply.body()));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    private void authorize(String credential) {
        if (adminKeyHash != null && credential != null) {
            byte[] given = KeyHashing.sha256(credential).getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(given, adminKeyHash.getBytes(StandardCharsets.UTF_8))) return;
        }
        auth.authenticate(credential); // throws when keys are in use and this is none of them
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw GantryException.invalid(field, "'" + field + "' must be a string");
        return v.asText();
    }

    static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.canConvertToInt() || !v.isIntegralNumber()) throw GantryException.invalid(field, "'" + field + "' must be a whole number, got " + v);
        return v.asInt();
    }

    static int intQuery(Call c, String name, int fallback, int min, int max) {
        String v = c.query(name, null);
        if (v == null) return fallback;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw GantryException.invalid(name, name + " must be between " + min + " and " + max + ", got " + i);
            return i;
        } catch (NumberFormatException e) {
            throw GantryException.invalid(name, name + " '" + v + "' is not a whole number");
        }
    }
}
