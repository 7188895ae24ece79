package dev.gantry.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.knowledge.Atom;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.MessageScore;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.core.knowledge.Topic;
import dev.gantry.knowledge.ingest.IntakeResult;
import dev.gantry.knowledge.review.VersionDiff;
import dev.gantry.knowledge.search.Citation;
import dev.gantry.knowledge.search.KnowledgeResult;
import java.time.Instant;
import java.util.List;

/** The knowledge API's JSON: snake_case fields, times as ISO-8601. */
final class KnowledgeJson {
    private KnowledgeJson() {
    }

    static ObjectNode list(List<ObjectNode> items) {
        ObjectNode o = RagRoute.object().put("object", "list");
        ArrayNode data = o.putArray("data");
        items.forEach(data::add);
        return o;
    }

    static ObjectNode intake(IntakeResult r) {
        return RagRoute.object().put("id", r.message().id()).put("source", r.message().source())
                .put("chat_id", r.message().chatId()).put("message_id", r.message().platformMessageId())
                .put("status", r.status()).put("truncated", r.message().truncated());
    }

    static ObjectNode message(RawMessage m, MessageScore score) {
        ObjectNode o = RagRoute.object().put("id", m.id()).put("source", m.source()).put("chat_id", m.chatId())
                .put("message_id", m.platformMessageId()).put("author", m.author()).put("text", m.text())
                .put("truncated", m.truncated()).put("sent_at", time(m.sentAt())).put("received_at", time(m.receivedAt()))
                .put("chat_allowed", m.chatAllowed());
        if (score == null) {
            o.putNull("score");
        } else {
            o.putObject("score").put("value", score.score()).put("signal", score.signal()).put("reason", score.reason())
                    .put("scored_at", time(score.scoredAt()));
        }
        return o;
    }

    static ObjectNode topic(Topic t) {
        return RagRoute.object().put("id", t.id()).put("name", t.name()).put("summary", t.summary())
                .put("created_at", time(t.createdAt())).put("updated_at", time(t.updatedAt()));
    }

    static ObjectNode atom(Atom a) {
        ObjectNode o = RagRoute.object().put("id", a.id()).put("type", a.type().wire()).put("topic_id", a.topicId())
                .put("latest_version", a.latestVersion()).put("created_at", time(a.createdAt()));
        if (a.approvedVersion() == null) o.putNull("approved_version");
        else o.put("approved_version", a.approvedVersion());
        return o;
    }

    static ObjectNode version(AtomVersion v) {
        ObjectNode o = RagRoute.object().put("atom_id", v.atomId()).put("version", v.version()).put("type", v.type().wire())
                .put("topic_id", v.topicId()).put("title", v.title()).put("body", v.body()).put("status", v.status().wire())
                .put("created_by", v.createdBy()).put("created_at", time(v.createdAt()));
        ArrayNode sources = o.putArray("source_message_ids");
        v.sourceMessageIds().forEach(sources::add);
        ObjectNode review = o.putObject("review");
        review.put("by", v.reviewedBy()).put("at", time(v.reviewedAt())).put("reason", v.reviewReason());
        return o;
    }

    static ObjectNode diff(VersionDiff d) {
        ObjectNode o = RagRoute.object().put("atom_id", d.atomId()).put("from", d.from()).put("to", d.to()).put("text", d.text());
        ArrayNode segments = o.putArray("segments");
        d.segments().forEach(s -> segments.addObject().put("op", s.op().name().toLowerCase(java.util.Locale.ROOT)).put("text", s.text()));
        return o;
    }

    static ObjectNode result(KnowledgeResult r) {
        ObjectNode o = RagRoute.object().put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT)).put("score", r.score());
        if (r.topic() != null) o.set("topic", topic(r.topic()));
        if (r.atom() != null) o.set("atom", version(r.atom()));
        ArrayNode sources = o.putArray("sources");
        r.sources().forEach(c -> sources.add(citation(c)));
        return o;
    }

    private static ObjectNode citation(Citation c) {
        return RagRoute.object().put("message_id", c.messageId()).put("source", c.source()).put("chat_id", c.chatId())
                .put("author", c.author()).put("sent_at", time(c.sentAt())).put("text", c.text());
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
