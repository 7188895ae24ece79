package dev.gantry.knowledge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.jobs.JobFilter;
import dev.gantry.core.jobs.JobState;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.ChatRef;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.jobs.JobRunner;
import dev.gantry.jobs.RunnerSettings;
import dev.gantry.knowledge.OnnxEmbedder;
import dev.gantry.knowledge.extract.ExtractionModel;
import dev.gantry.knowledge.extract.Extractor;
import dev.gantry.knowledge.ingest.ChatAllowList;
import dev.gantry.knowledge.ingest.Delivery;
import dev.gantry.knowledge.ingest.GenericMessages;
import dev.gantry.knowledge.ingest.MessageIntake;
import dev.gantry.knowledge.merge.AtomMerger;
import dev.gantry.knowledge.score.MessageScorer;
import dev.gantry.knowledge.score.ScorerExemplars;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteJobQueue;
import dev.gantry.store.sqlite.SqliteKnowledgeStore;
import dev.gantry.store.sqlite.SqliteMessageStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain on real parts: SQLite stores and job queue, the job runner, the ONNX model; the chat model is scripted. */
class KnowledgePipelineIT {
    private static OnnxEmbedder embedder;
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private SqliteMessageStore messages;
    private SqliteKnowledgeStore knowledge;
    private SqliteJobQueue queue;
    private JobRunner runner;
    private MessageIntake intake;
    private final AtomicReference<String> answerTemplate = new AtomicReference<>();

    /** Answers with the template, its {ids} replaced by the ids of the messages in the prompt. */
    private final ExtractionModel model = (system, user, format) -> {
        Matcher m = Pattern.compile("^\\[(\\d+)]", Pattern.MULTILINE).matcher(user);
        StringBuilder ids = new StringBuilder();
        while (m.find()) ids.append(ids.isEmpty() ? "" : ", ").append(m.group(1));
        return answerTemplate.get().replace("{ids}", ids);
    };

    @BeforeEach
    void start() {
        if (embedder == null) embedder = new OnnxEmbedder();
        db = SqliteDatabase.open(dir);
        messages = new SqliteMessageStore(db);
        knowledge = new SqliteKnowledgeStore(db);
        queue = new SqliteJobQueue(db);
        runner = new JobRunner(queue, new RunnerSettings(Duration.ofMillis(50), Duration.ofSeconds(30),
                new dev.gantry.jobs.Backoff(Duration.ofMillis(10), Duration.ofMillis(50)), Duration.ofSeconds(5)), null);
        MessageScorer scorer = MessageScorer.train(ScorerExemplars.shipped(), embedder, 0.5);
        KnowledgePipeline pipeline = new KnowledgePipeline(messages, scorer, new Extractor(model, 2),
                new AtomMerger(knowledge, embedder, 0.85, Clock.systemUTC()), 20, Clock.systemUTC());
        KnowledgeJobs jobs = new KnowledgeJobs(runner::enqueue, pipeline, messages, Duration.ZERO, 3, Clock.systemUTC());
        runner.register(KnowledgeJobs.SCORE_QUEUE, jobs.scoreHandler(), 2);
        runner.register(KnowledgeJobs.EXTRACT_QUEUE, jobs.extractHandler(), 1);
        intake = new MessageIntake(messages, ChatAllowList.ALL, 4096, jobs::messageStored);
    }

    @AfterEach
    void stop() {
        runner.close();
        db.close();
    }

    /** The newest version of the only atom, if one exists yet. */
    private java.util.Optional<AtomVersion> latest() {
        return knowledge.atoms(null, 1).stream().findFirst()
                .flatMap(a -> knowledge.version(a.id(), a.latestVersion()));
    }

    private void post(String json) {
        intake.acceptFromApi(GenericMessages.parse(json.getBytes(StandardCharsets.UTF_8), Instant.now()));
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("gave up waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void should_score_extract_and_merge_a_repeated_atom_into_a_new_draft_version() throws Exception {
        answerTemplate.set("""
                {"topics": [{"name": "Container builds", "summary": "arm64 image builds"}],
                 "atoms": [{"type": "solution", "topic": "Container builds", "title": "Pin the node base image by digest",
                            "body": "The arm64 build broke when the node:20 tag moved; pinning by digest fixes it.",
                            "source_ids": [{ids}]}]}""");
        post("""
                {"messages": [
                  {"chat_id": "platform", "message_id": "1", "author": "mara", "text": "morning all"},
                  {"chat_id": "platform", "message_id": "2", "author": "mara", "text": "The arm64 image build fails since the node:20 base image tag moved to a new glibc."},
                  {"chat_id": "platform", "message_id": "3", "author": "joel", "text": "Pinning the base image by digest fixes it, the build is green again."}]}""");
        post("{\"chat_id\": \"platform\", \"message_id\": \"3\", \"author\": \"joel\", \"text\": \"replayed\"}");

        // the two signal messages go out in one batch or, when the second is scored after the first batch left, in
        // two: then the second batch's atom is merged into the first's. Either way one atom cites both.
        await("the first extraction", () -> messages.counts().scored() == 3
                && messages.pendingSignal(new ChatRef("api", "platform"), 10).isEmpty() && latest().isPresent()
                && latest().get().sourceMessageIds().size() == 2);
        List<RawMessage> all = messages.findAll(List.of(1L, 2L, 3L));
        assertThat(messages.counts().total()).isEqualTo(3);
        assertThat(messages.score(all.get(0).id()).orElseThrow().signal()).isFalse();
        assertThat(messages.score(all.get(0).id()).orElseThrow().reason()).contains("noise");
        assertThat(knowledge.atoms(null, 10)).hasSize(1);
        AtomVersion first = latest().orElseThrow();
        assertThat(first.sourceMessageIds()).containsExactlyInAnyOrder(all.get(1).id(), all.get(2).id());
        assertThat(first.status()).isEqualTo(dev.gantry.core.knowledge.VersionStatus.DRAFT);

        answerTemplate.set("""
                {"topics": [{"name": "Container builds", "summary": ""}],
                 "atoms": [{"type": "solution", "topic": "container builds", "title": "Pin the node base image by its digest",
                            "body": "The arm64 build broke when the node:20 tag moved; pin by digest, Renovate bumps it weekly.",
                            "source_ids": [{ids}]}]}""");
        post("{\"chat_id\": \"platform\", \"message_id\": \"4\", \"author\": \"kofi\", \"text\": "
                + "\"Renovate now opens a PR every Monday to bump the pinned base image digest.\"}");

        await("the merge", () -> latest().orElseThrow().version() == first.version() + 1);
        AtomVersion merged = latest().orElseThrow();
        assertThat(knowledge.atoms(null, 10)).hasSize(1);
        assertThat(merged.atomId()).isEqualTo(first.atomId());
        assertThat(merged.sourceMessageIds()).hasSize(3);
        assertThat(merged.body()).contains("Renovate");
        assertThat(knowledge.topics()).singleElement().satisfies(t -> assertThat(t.summary()).isEqualTo("arm64 image builds"));
    }

    @Test
    void should_dead_letter_extraction_when_the_model_keeps_answering_invalid_json_and_keep_the_messages() throws Exception {
        answerTemplate.set("{\"topics\": [ this is not json");
        post("{\"chat_id\": \"ops\", \"message_id\": \"9\", \"author\": \"ines\", \"text\": "
                + "\"The nightly ETL took 5 hours because the orders table lost its index on updated_at.\"}");

        await("the dead letter", () -> !queue.list(new JobFilter(KnowledgeJobs.EXTRACT_QUEUE, JobState.DEAD, 10)).isEmpty());
        var dead = queue.list(new JobFilter(KnowledgeJobs.EXTRACT_QUEUE, JobState.DEAD, 10)).getFirst();
        assertThat(dead.lastError()).contains("invalid 2 times");
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(messages.pendingSignal(new ChatRef("api", "ops"), 10)).extracting(RawMessage::platformMessageId)
                .containsExactly("9");
        assertThat(knowledge.drafts(10)).isEmpty();
        assertThat(Set.of(messages.counts().total())).containsExactly(1L);
    }
}
