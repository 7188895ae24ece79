package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.agents.Agents;
import dev.gantry.agents.Caller;
import dev.gantry.core.agent.AgentRun;
import dev.gantry.core.agent.AgentStep;
import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.gateway.Authenticator;
import io.helidon.webserver.http.HttpRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agents API: start a run (it answers once the run answers, stops or waits for approval), read a run with its
 * steps, approve or reject what it waits on. A run is visible to the key that started it and to the admin key;
 * approvals are audited.
 */
final class AgentHandlers {
    private static final int AUDIT_REASON_CHARS = 200;
    private static final int LIST_WINDOW = 1_000;
    private final RagRoute route;
    private final Agents agents;
    private final Authenticator auth;
    private final String adminKeyHash;
    private final AuditLog audit;

    /** @param agents null when no agent is configured: every route answers 404 saying so */
    AgentHandlers(RagRoute route, Agents agents, Authenticator auth, String adminKey, AuditLog audit) {
        this.route = route;
        this.agents = agents;
        this.auth = auth;
        this.adminKeyHash = adminKey == null || adminKey.isBlank() ? null : KeyHashing.sha256(adminKey);
        this.audit = audit;
    }

    void register(HttpRules rules) {
        rules.post("/gantry/agents/{name}/runs", (q, s) -> route.handle(q, s, this::start))
                .get("/gantry/agents/runs", (q, s) -> route.handle(q, s, this::list))
                .get("/gantry/agents/runs/{id}", (q, s) -> route.handle(q, s, this::read))
                .post("/gantry/agents/runs/{id}/approve", (q, s) -> route.handle(q, s, c -> decide(c, true)))
                .post("/gantry/agents/runs/{id}/reject", (q, s) -> route.handle(q, s, c -> decide(c, false)));
    }

    /** Who is calling: the admin, a virtual key, or nobody in particular (no keys in use). */
    private record Identity(boolean admin, VirtualKey key, String credential) {
        String name() {
            return admin ? "admin" : key == null ? "anonymous" : key.name();
        }

        /** Model calls are made with the caller's own key; the admin's are Gantry's own (the admin key is no virtual key). */
        Caller caller() {
            return new Caller(key == null ? null : key.name(), admin ? null : credential);
        }
    }

    private RagRoute.Reply start(RagRoute.Call c) {
        Agents a = configured();
        JsonNode body = c.json();
        String input = RagRoute.text(body, "input");
        body.fieldNames().forEachRemaining(f -> {
            if (!f.equals("input")) throw GantryException.invalid(f, "unknown field '" + f + "'; the body is {\"input\": \"...\"}");
        });
        AgentRun run = a.start(c.param("name"), input, identity(c).caller());
        return new RagRoute.Reply(200, json(a, run, false));
    }

    /**
     * Runs visible to the caller, newest first, optionally of one agent and in one status (e.g. waiting_approval:
     * what a reviewer has to decide). Looks at the {@value #LIST_WINDOW} newest runs.
     */
    private RagRoute.Reply list(RagRoute.Call c) {
        Agents a = configured();
        int limit = RagRoute.intQuery(c, "limit", 50, 1, 500);
        AgentRun.Status status = status(c.query("status", null));
        Identity who = identity(c);
        ObjectNode out = RagRoute.object();
        ArrayNode data = out.putArray("data");
        a.runs(c.query("agent", null), LIST_WINDOW).stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> who.admin() || java.util.Objects.equals(r.keyId(), who.key() == null ? null : who.key().name()))
                .limit(limit).forEach(r -> data.add(json(a, r, false)));
        return new RagRoute.Reply(200, out);
    }

    private static AgentRun.Status status(String v) {
        if (v == null) return null;
        for (AgentRun.Status s : AgentRun.Status.values()) if (s.name().equalsIgnoreCase(v)) return s;
        throw GantryException.invalid("status", "status '" + v + "' is not one of running, waiting_approval, completed, "
                + "stopped, failed");
    }

    private RagRoute.Reply read(RagRoute.Call c) {
        Agents a = configured();
        return new RagRoute.Reply(200, json(a, visibleRun(a, c), true));
    }

    private RagRoute.Reply decide(RagRoute.Call c, boolean approve) {
        Agents a = configured();
        AgentRun run = visibleRun(a, c);
        String reason = c.req().content().hasEntity() ? reason(c.body()) : null;
        Identity who = identity(c);
        AuditEvent event = event(approve, who, run, a.pending(run), reason); // refused before anything happens
        AgentRun after = approve ? a.approve(run.id(), who.name(), reason, who.caller())
                : a.reject(run.id(), who.name(), reason, who.caller());
        audit.append(event);
        return new RagRoute.Reply(200, json(a, after, false));
    }

    /** The body is optional: {"reason": "..."} or nothing. */
    private static String reason(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) return null;
        try {
            JsonNode n = RagRoute.JSON.readTree(body);
            if (n == null || !n.isObject()) throw GantryException.invalid(null, "the body must be a JSON object: {\"reason\": \"...\"}");
            return RagRoute.text(n, "reason");
        } catch (java.io.IOException e) {
            throw GantryException.invalid(null, "the body is not valid JSON; send {\"reason\": \"...\"} or nothing");
        }
    }

    /** The audit record of a decision; a reason that looks like a credential is refused (400), as the audit log would. */
    private static AuditEvent event(boolean approve, Identity who, AgentRun run, java.util.List<ToolCall> pending, String reason) {
        try {
            return AuditEvent.now(approve ? "agent.approved" : "agent.rejected", who.name(), run.id(), details(run, pending, reason));
        } catch (IllegalArgumentException e) {
            throw GantryException.invalid("reason", "the reason looks like a secret (an API key or a bearer token); "
                    + "it would be audited and shown to the model: leave it out");
        }
    }

    private static Map<String, String> details(AgentRun run, java.util.List<ToolCall> pending, String reason) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("agent", run.agent());
        d.put("tools", String.join(",", pending.stream().map(ToolCall::name).toList()));
        if (reason != null) d.put("reason", reason.length() <= AUDIT_REASON_CHARS ? reason : reason.substring(0, AUDIT_REASON_CHARS));
        return d;
    }

    private Agents configured() {
        if (agents == null) {
            throw new GantryException(ErrorKind.NOT_FOUND, "no agents are configured; add an agents: section to the config");
        }
        return agents;
    }

    /** Another key's run is reported as unknown: its existence is not the caller's business. */
    private AgentRun visibleRun(Agents a, RagRoute.Call c) {
        String id = c.param("id");
        Identity who = identity(c);
        AgentRun run = a.run(id).orElse(null);
        if (run == null || !(who.admin() || java.util.Objects.equals(run.keyId(), who.key() == null ? null : who.key().name()))) {
            throw new GantryException(ErrorKind.NOT_FOUND, "there is no agent run '" + id + "' visible to this key");
        }
        return run;
    }

    private Identity identity(RagRoute.Call c) {
        String credential = c.credential();
        if (adminKeyHash != null && credential != null && MessageDigest.isEqual(
                KeyHashing.sha256(credential).getBytes(StandardCharsets.UTF_8), adminKeyHash.getBytes(StandardCharsets.UTF_8))) {
            return new Identity(true, null, credential);
        }
        return new Identity(false, auth.authenticate(credential), credential);
    }

    private static ObjectNode json(Agents a, AgentRun r, boolean withSteps) {
        ObjectNode o = RagRoute.object();
        o.put("id", r.id()).put("agent", r.agent()).put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("stop_reason", r.stopReason()).put("answer", r.answer()).put("model_calls", r.steps());
        o.putObject("usage").put("input_tokens", r.inputTokens()).put("output_tokens", r.outputTokens());
        o.put("cost_usd", r.costUsd().stripTrailingZeros().toPlainString());
        o.put("created_at", String.valueOf(r.createdAt())).put("updated_at", String.valueOf(r.updatedAt()));
        ArrayNode pending = o.putArray("pending");
        for (ToolCall c : a.pending(r)) pending.addObject().put("id", c.id()).put("name", c.name()).put("arguments", c.arguments());
        if (withSteps) {
            ArrayNode steps = o.putArray("steps");
            for (AgentStep s : a.steps(r.id())) steps.add(step(s));
        }
        return o;
    }

    private static ObjectNode step(AgentStep s) {
        ObjectNode o = RagRoute.object();
        o.put("seq", s.seq()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT)).put("name", s.name());
        if (s.callId() != null) o.put("call_id", s.callId());
        if (s.detail() != null) o.put("detail", s.detail());
        o.put("outcome", s.outcome()).put("duration_ms", s.durationMillis());
        if (s.kind() == AgentStep.Kind.MODEL) {
            o.put("input_tokens", s.inputTokens()).put("output_tokens", s.outputTokens())
                    .put("cost_usd", s.costUsd().stripTrailingZeros().toPlainString());
        }
        o.put("at", String.valueOf(s.at()));
        return o;
    }
}
