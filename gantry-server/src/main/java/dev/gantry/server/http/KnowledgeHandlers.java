package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.KnowledgeStore;
import dev.gantry.knowledge.ingest.Delivery;
import dev.gantry.knowledge.ingest.GenericMessages;
import dev.gantry.knowledge.ingest.IntakeResult;
import dev.gantry.knowledge.ingest.SlackEvents;
import dev.gantry.knowledge.ingest.TelegramUpdates;
import dev.gantry.knowledge.ingest.WebhookSecrets;
import dev.gantry.provider.openai.OpenAiCodec;
import dev.gantry.server.config.KnowledgeSettings;
import dev.gantry.server.knowledge.KnowledgeWiring;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge API: messages in (generic JSON, Telegram and Slack webhooks), search, atoms, versions, diffs and
 * topics out, and review. Webhooks authenticate by the platform's secret, not a Gantry key; reading needs a key
 * (or the admin key); reviewing needs the admin key.
 */
final class KnowledgeHandlers {
    private final RagRoute route;
    private final AdminGuard admin;
    private final KnowledgeWiring k;
    private final long maxBody;

    KnowledgeHandlers(RagRoute route, AdminGuard admin, KnowledgeWiring knowledge, long maxBody) {
        this.route = route;
        this.admin = admin;
        this.k = knowledge;
        this.maxBody = maxBody;
    }

    void register(HttpRules rules) {
        rules.post("/v1/knowledge/messages", (q, s) -> route.handle(q, s, this::messages))
                .get("/v1/knowledge/messages/{id}", (q, s) -> route.handle(q, s, this::message))
                .post("/v1/knowledge/webhooks/telegram", this::telegram)
                .post("/v1/knowledge/webhooks/slack", this::slack)
                .get("/v1/knowledge/search", (q, s) -> route.handle(q, s, this::search))
                .get("/v1/knowledge/topics", (q, s) -> route.handle(q, s, c -> ok(KnowledgeJson.list(
                        k.knowledge().topics().stream().map(KnowledgeJson::topic).toList()))))
                .get("/v1/knowledge/drafts", (q, s) -> route.handle(q, s, this::drafts))
                .get("/v1/knowledge/atoms", (q, s) -> route.handle(q, s, this::atoms))
                .get("/v1/knowledge/atoms/{id}", (q, s) -> route.handle(q, s, this::atom))
                .get("/v1/knowledge/atoms/{id}/versions", (q, s) -> route.handle(q, s, c -> ok(KnowledgeJson.list(
                        k.knowledge().versions(atomId(c)).stream().map(KnowledgeJson::version).toList()))))
                .get("/v1/knowledge/atoms/{id}/diff", (q, s) -> route.handle(q, s, this::diff))
                .post("/v1/knowledge/atoms/{id}/versions/{version}/approve", (q, s) -> route.handle(q, s, c -> review(c, true)))
                .post("/v1/knowledge/atoms/{id}/versions/{version}/reject", (q, s) -> route.handle(q, s, c -> review(c, false)));
    }

    private static RagRoute.Reply ok(Object body) {
        return new RagRoute.Reply(200, body);
    }

    private RagRoute.Reply messages(RagRoute.Call c) {
        List<IntakeResult> results = k.intake().acceptFromApi(GenericMessages.parse(c.body(), Instant.now()));
        return new RagRoute.Reply(202, KnowledgeJson.list(results.stream().map(KnowledgeJson::intake).toList()));
    }

    /** A stored message with its score and reason (none yet while the score job has not run). */
    private RagRoute.Reply message(RagRoute.Call c) {
        long id = number(c.param("id"), "id");
        var m = k.messages().find(id).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND, "message " + id + " does not exist"));
        return ok(KnowledgeJson.message(m, k.messages().score(id).orElse(null)));
    }

    /** Telegram retries a delivery that is not answered 2xx, so only a bad secret or a malformed update gets an error. */
    private void telegram(ServerRequest req, ServerResponse res) {
        webhook(req, res, () -> {
            KnowledgeSettings s = k.settings();
            if (s.telegramSecret() == null) throw notConfigured("knowledge.telegram.secret-token");
            WebhookSecrets.checkTelegram(s.telegramSecret(), req.headers().first(HeaderNames.create("X-Telegram-Bot-Api-Secret-Token")).orElse(null));
            return delivered(TelegramUpdates.parse(Exchange.body(req, maxBody), Instant.now()));
        });
    }

    /** The signature is checked over the raw body before it is parsed: nothing unsigned is read or stored. */
    private void slack(ServerRequest req, ServerResponse res) {
        webhook(req, res, () -> {
            KnowledgeSettings s = k.settings();
            if (s.slackSigningSecret() == null) throw notConfigured("knowledge.slack.signing-secret");
            byte[] body = Exchange.body(req, maxBody);
            WebhookSecrets.checkSlack(s.slackSigningSecret(), req.headers().first(HeaderNames.create("X-Slack-Request-Timestamp")).orElse(null),
                    body, req.headers().first(HeaderNames.create("X-Slack-Signature")).orElse(null), Instant.now());
            Delivery d = SlackEvents.parse(body, Instant.now());
            if (d.challenge() != null) return RagRoute.object().put("challenge", d.challenge());
            return delivered(d);
        });
    }

    private ObjectNode delivered(Delivery d) {
        if (d.ignoredBecause() != null) return RagRoute.object().put("ok", true).put("status", "ignored").put("reason", d.ignoredBecause());
        List<IntakeResult> results = k.intake().acceptFromWebhook(d);
        ObjectNode o = RagRoute.object().put("ok", true);
        o.set("messages", KnowledgeJson.list(results.stream().map(KnowledgeJson::intake).toList()).get("data"));
        return o;
    }

    private void webhook(ServerRequest req, ServerResponse res, java.util.function.Supplier<ObjectNode> work) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        try {
            Exchange.json(res, 200, PlatformHandlers.bytes(work.get()));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    private static GantryException notConfigured(String key) {
        return new GantryException(ErrorKind.PERMISSION, "this webhook is off: " + key + " is not configured; set it "
                + "(as ${ENV_NAME}) so deliveries can be verified");
    }

    private RagRoute.Reply search(RagRoute.Call c) {
        String q = c.query("q", null);
        if (q == null || q.isBlank()) throw GantryException.invalid("q", "q is missing; send the text to search for as ?q=");
        int top = RagRoute.intQuery(c, "k", 10, 1, 100);
        return ok(KnowledgeJson.list(k.search().search(q, top).stream().map(KnowledgeJson::result).toList()));
    }

    private RagRoute.Reply atoms(RagRoute.Call c) {
        String type = c.query("type", null);
        AtomType t;
        try {
            t = type == null ? null : AtomType.parse(type);
        } catch (IllegalArgumentException e) {
            throw GantryException.invalid("type", e.getMessage());
        }
        int limit = RagRoute.intQuery(c, "limit", 100, 1, 1000);
        return ok(KnowledgeJson.list(k.knowledge().atoms(t, limit).stream().map(KnowledgeJson::atom).toList()));
    }

    private RagRoute.Reply atom(RagRoute.Call c) {
        long id = atomId(c);
        KnowledgeStore store = k.knowledge();
        var atom = store.atom(id).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND, "atom " + id + " does not exist"));
        ObjectNode o = KnowledgeJson.atom(atom);
        if (atom.approvedVersion() != null) o.set("served", KnowledgeJson.version(store.version(id, atom.approvedVersion()).orElseThrow()));
        store.topic(atom.topicId()).ifPresent(t -> o.set("topic", KnowledgeJson.topic(t)));
        return ok(o);
    }

    private RagRoute.Reply diff(RagRoute.Call c) {
        long id = atomId(c);
        int from = RagRoute.intQuery(c, "from", 1, 1, Integer.MAX_VALUE);
        int to = RagRoute.intQuery(c, "to", from + 1, 1, Integer.MAX_VALUE);
        return ok(KnowledgeJson.diff(k.review().diff(id, from, to)));
    }

    /** Drafts waiting for review, each with its diff from the version before (none for a version 1). */
    private RagRoute.Reply drafts(RagRoute.Call c) {
        int limit = RagRoute.intQuery(c, "limit", 100, 1, 1000);
        List<ObjectNode> out = new ArrayList<>();
        for (AtomVersion v : k.knowledge().drafts(limit)) {
            ObjectNode o = KnowledgeJson.version(v);
            k.knowledge().topic(v.topicId()).ifPresent(t -> o.put("topic", t.name()));
            if (v.version() > 1) o.set("diff", KnowledgeJson.diff(k.review().diff(v.atomId(), v.version() - 1, v.version())));
            out.add(o);
        }
        return ok(KnowledgeJson.list(out));
    }

    private RagRoute.Reply review(RagRoute.Call c, boolean approve) {
        admin.authorize(c.credential());
        long id = atomId(c);
        int version = (int) number(c.param("version"), "version");
        JsonNode body = c.json();
        String reviewer = RagRoute.text(body, "reviewer");
        String reason = RagRoute.text(body, "reason");
        AtomVersion v = approve ? k.review().approve(id, version, reviewer, reason) : k.review().reject(id, version, reviewer, reason);
        return ok(KnowledgeJson.version(v));
    }

    private static long atomId(RagRoute.Call c) {
        return number(c.param("id"), "id");
    }

    private static long number(String v, String name) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw GantryException.invalid(name, name + " '" + v + "' is not a whole number");
        }
    }
}
