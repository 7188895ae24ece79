package dev.gantry.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.jobs.JobFilter;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobState;
import dev.gantry.core.knowledge.ChatRef;
import dev.gantry.knowledge.ingest.WebhookSecrets;
import dev.gantry.knowledge.pipeline.KnowledgeJobs;
import dev.gantry.knowledge.review.KnowledgeReview;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline through the served gateway: webhook -> stored -> scored -> extraction job (the fake provider
 * scripted with the model's JSON) -> draft atom -> approval -> search citing the source message. A fresh server per
 * test, so message ids start at 1 and the scripted answers can cite them.
 */
class KnowledgePipelineHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLACK_SECRET = "slack-signing-secret-for-tests";
    private static final String TELEGRAM_SECRET = "telegram-secret-token-for-tests";
    private GantryServerFixture server;

    @BeforeEach
    void start() {
        server = GantryServerFixture.start("""
                admin-key: ${ADMIN}
                knowledge:
                  extraction-model: chat
                  batch-wait: 0s
                  extraction-attempts: 2
                  job-attempts: 3
                  max-message-bytes: 2048
                  allowed-chats: ["telegram:-100", "slack:C1"]
                  telegram: {secret-token: ${TG_SECRET}}
                  slack: {signing-secret: ${SLACK_SECRET}}
                """, Map.of("ADMIN", "admin-key-for-tests", "TG_SECRET", TELEGRAM_SECRET, "SLACK_SECRET", SLACK_SECRET));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String telegramUpdate(int updateId, int messageId, String chatId, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1765101600, "chat": {"id": %s, "type": "group"},
                 "from": {"id": 7, "username": "mara"}, "text": "%s"}}""".formatted(updateId, messageId, chatId, text);
    }

    private HttpResponse<String> telegram(String body) {
        return server.post("/v1/knowledge/webhooks/telegram", body, "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("gave up waiting for " + what);
            Thread.sleep(25);
        }
    }

    private KnowledgeWiring knowledge() {
        return server.gantry.knowledge();
    }

    @Test
    void should_turn_a_telegram_message_into_an_approved_atom_that_search_finds_with_its_source() throws Exception {
        server.fake.enqueue(FakeScript.text("""
                {"topics": [{"name": "Container builds", "summary": "Building the arm64 images"}],
                 "atoms": [{"type": "solution", "topic": "Container builds", "title": "Pin the node base image by digest",
                            "body": "The arm64 build broke when the node:20 tag moved; pinning the image by digest fixes it.",
                            "source_ids": [2]}]}"""));
        assertThat(telegram(telegramUpdate(1, 10, "-100", "good morning all")).statusCode()).isEqualTo(200);
        HttpResponse<String> r = telegram(telegramUpdate(2, 11, "-100",
                "The arm64 build broke because the node:20 tag moved; pinning the base image by digest fixes it."));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/messages/0/status").asText()).isEqualTo("stored");

        await("a draft", () -> !knowledge().knowledge().drafts(10).isEmpty());
        JsonNode draft = JSON.readTree(server.get("/v1/knowledge/drafts").body()).at("/data/0");
        assertThat(draft.get("title").asText()).isEqualTo("Pin the node base image by digest");
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("source_message_ids")).extracting(JsonNode::asLong).containsExactly(2L);
        JsonNode greeting = JSON.readTree(server.get("/v1/knowledge/messages/1").body());
        assertThat(greeting.get("text").asText()).isEqualTo("good morning all");
        assertThat(greeting.at("/score/signal").asBoolean()).isFalse();
        assertThat(greeting.at("/score/reason").asText()).startsWith("noise");
        assertThat(JSON.readTree(server.get("/v1/knowledge/messages/2").body()).at("/score/signal").asBoolean()).isTrue();
        assertThat(server.get("/v1/knowledge/messages/99").statusCode()).isEqualTo(404);
        String extraction = server.fake.lastRequest().body();
        assertThat(extraction).contains("knowledge_extraction", "[2]").doesNotContain("good morning all");
        long atom = draft.get("atom_id").asLong();
        assertThat(JSON.readTree(server.get("/v1/knowledge/search?q=arm64+base+image").body()).get("data")).isEmpty();

        HttpResponse<String> denied = server.post("/v1/knowledge/atoms/" + atom + "/versions/1/approve", "{\"reviewer\": \"eve\"}");
        assertThat(denied.statusCode()).isEqualTo(401);
        HttpResponse<String> approved = server.post("/v1/knowledge/atoms/" + atom + "/versions/1/approve",
                "{\"reviewer\": \"bob\", \"reason\": \"checked on the CI\"}", "Authorization", "Bearer admin-key-for-tests");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).at("/review/by").asText()).isEqualTo("bob");
        HttpResponse<String> twice = server.post("/v1/knowledge/atoms/" + atom + "/versions/1/reject",
                "{\"reviewer\": \"eve\"}", "Authorization", "Bearer admin-key-for-tests");
        assertThat(twice.statusCode()).isEqualTo(409);

        JsonNode hit = JSON.readTree(server.get("/v1/knowledge/search?q=arm64+base+image").body()).at("/data/0");
        assertThat(hit.get("kind").asText()).isEqualTo("atom");
        assertThat(hit.at("/atom/version").asInt()).isEqualTo(1);
        assertThat(hit.at("/atom/type").asText()).isEqualTo("solution");
        assertThat(hit.at("/topic/name").asText()).isEqualTo("Container builds");
        assertThat(hit.at("/sources/0/message_id").asLong()).isEqualTo(2);
        assertThat(hit.at("/sources/0/author").asText()).isEqualTo("mara");
        assertThat(hit.at("/sources/0/text").asText()).contains("pinning the base image by digest");
        List<AuditRecord> audit = server.gantry.audit().find(KnowledgeReview.APPROVED, "atom:" + atom + "@v1", 10);
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.event().actor()).isEqualTo("bob");
            assertThat(a.event().details()).containsEntry("reason", "checked on the CI");
        });
    }

    @Test
    void should_store_a_replayed_telegram_update_once_and_score_it_once() throws Exception {
        String update = telegramUpdate(5, 50, "-100", "ok thanks");
        assertThat(JSON.readTree(telegram(update).body()).at("/messages/0/status").asText()).isEqualTo("stored");
        assertThat(JSON.readTree(telegram(update).body()).at("/messages/0/status").asText()).isEqualTo("duplicate");

        await("the score", () -> knowledge().messages().counts().scored() == 1);
        assertThat(knowledge().messages().counts().total()).isEqualTo(1);
        assertThat(server.gantry.jobs().queue().list(new JobFilter(KnowledgeJobs.SCORE_QUEUE, null, 10))).hasSize(1);
    }

    @Test
    void should_refuse_a_bad_slack_signature_with_401_and_store_nothing() throws Exception {
        String body = "{\"type\": \"event_callback\", \"event\": {\"type\": \"message\", \"channel\": \"C1\", \"user\": \"U1\", "
                + "\"text\": \"we chose dbt\", \"ts\": \"1765101600.000100\"}}";
        long now = Instant.now().getEpochSecond();
        String forged = WebhookSecrets.slackSignature("not-the-secret", now, body.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> r = server.post("/v1/knowledge/webhooks/slack", body, "X-Slack-Request-Timestamp",
                String.valueOf(now), "X-Slack-Signature", forged);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(r.body()).at("/error/message").asText()).contains("X-Slack-Signature does not match")
                .doesNotContain(SLACK_SECRET);
        assertThat(knowledge().messages().counts().total()).isZero();
        String good = WebhookSecrets.slackSignature(SLACK_SECRET, now, body.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> ok = server.post("/v1/knowledge/webhooks/slack", body, "X-Slack-Request-Timestamp",
                String.valueOf(now), "X-Slack-Signature", good);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String challenge = "{\"type\": \"url_verification\", \"challenge\": \"c-123\"}";
        HttpResponse<String> verified = server.post("/v1/knowledge/webhooks/slack", challenge, "X-Slack-Request-Timestamp",
                String.valueOf(now), "X-Slack-Signature", WebhookSecrets.slackSignature(SLACK_SECRET, now,
                        challenge.getBytes(StandardCharsets.UTF_8)));
        assertThat(JSON.readTree(verified.body()).get("challenge").asText()).isEqualTo("c-123");
    }

    @Test
    void should_dead_letter_extraction_when_the_model_answers_invalid_json_every_time_and_keep_the_message() throws Exception {
        for (int i = 0; i < 4; i++) server.fake.enqueue(FakeScript.text("{\"topics\": [ not json at all"));
        telegram(telegramUpdate(9, 90, "-100", "The nightly ETL takes 5 hours since the orders table lost its index on updated_at."));

        await("the dead letter", () -> !deadExtractions().isEmpty());
        assertThat(deadExtractions().getFirst().lastError()).contains("invalid 2 times", "messages stay stored");
        assertThat(server.fake.pendingScripts()).isZero(); // two attempts, each an answer and the gateway's repair call
        assertThat(knowledge().messages().pendingSignal(new ChatRef("telegram", "-100"), 10)).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("nightly ETL"));
        assertThat(knowledge().knowledge().drafts(10)).isEmpty();
    }

    @Test
    void should_keep_messages_of_unlisted_chats_unprocessed_and_refuse_malformed_and_oversized_input() throws Exception {
        HttpResponse<String> unlisted = telegram(telegramUpdate(3, 30, "-999", "We moved the staging cluster to Kubernetes 1.31."));
        assertThat(JSON.readTree(unlisted.body()).at("/messages/0/status").asText()).isEqualTo("stored_unlisted_chat");
        assertThat(knowledge().messages().unscored(10)).isEmpty();

        assertThat(telegram("{\"message\": {}}").statusCode()).isEqualTo(400);
        assertThat(server.post("/v1/knowledge/webhooks/telegram", telegramUpdate(4, 40, "-100", "x"),
                "X-Telegram-Bot-Api-Secret-Token", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> big = server.post("/v1/knowledge/messages", "{\"chat_id\": \"ops\", \"message_id\": 1, "
                + "\"author\": \"a\", \"text\": \"" + "x".repeat(3000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(big.body()).at("/error/message").asText()).contains("knowledge.max-message-bytes (2048)");
        HttpResponse<String> cut = telegram(telegramUpdate(6, 60, "-100", "y".repeat(3000)));
        assertThat(JSON.readTree(cut.body()).at("/messages/0/truncated").asBoolean()).isTrue();
        assertThat(knowledge().messages().counts().total()).isEqualTo(2);
    }

    private List<JobInfo> deadExtractions() {
        return server.gantry.jobs().queue().list(new JobFilter(KnowledgeJobs.EXTRACT_QUEUE, JobState.DEAD, 10));
    }
}
