package dev.gantry.knowledge.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.jobs.JobHandler;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.PermanentJobFailure;
import dev.gantry.core.knowledge.ChatRef;
import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.core.knowledge.RawMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The pipeline on the job queue: a stored message enqueues a score job (deduplicated by message id, so a replayed
 * delivery never scores twice); a signal score enqueues the chat's extraction job for the end of the current batch
 * window (deduplicated by chat and window, so the window's messages go out together). Handlers are idempotent.
 */
public final class KnowledgeJobs {
    public static final String SCORE_QUEUE = "knowledge-score";
    public static final String EXTRACT_QUEUE = "knowledge-extract";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Consumer<JobRequest> queue;
    private final KnowledgePipeline pipeline;
    private final MessageStore messages;
    private final Duration batchWait;
    private final int maxAttempts;
    private final Clock clock;

    /**
     * @param queue       enqueues a job (the job runner's enqueue, which also wakes the queue's worker)
     * @param batchWait   how long signal messages of a chat gather before extraction (0: at once, one job per message)
     * @param maxAttempts deliveries of a job before it is dead-lettered (a failing model call is retried)
     */
    public KnowledgeJobs(Consumer<JobRequest> queue, KnowledgePipeline pipeline, MessageStore messages, Duration batchWait,
                         int maxAttempts, Clock clock) {
        this.queue = queue;
        this.pipeline = pipeline;
        this.messages = messages;
        this.batchWait = batchWait;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    /** Called for each newly stored message of an allowed chat. */
    public void messageStored(RawMessage m) {
        queue.accept(new JobRequest(SCORE_QUEUE, "message:" + m.id(), "{\"message_id\":" + m.id() + "}", maxAttempts, null));
    }

    public JobHandler scoreHandler() {
        return job -> {
            long id = field(job.payload(), "message_id").asLong();
            pipeline.score(id).filter(s -> s.signal()).ifPresent(s -> messages.find(id).ifPresent(m -> extractLater(m.chat(), id)));
        };
    }

    public JobHandler extractHandler() {
        return job -> pipeline.extract(new ChatRef(field(job.payload(), "source").asText(),
                field(job.payload(), "chat_id").asText()));
    }

    /** Enqueues extraction of the chat at the end of the current batch window. */
    void extractLater(ChatRef chat, long messageId) {
        Instant now = clock.instant();
        String payload = JSON.createObjectNode().put("source", chat.source()).put("chat_id", chat.chatId()).toString();
        if (batchWait.isZero()) {
            queue.accept(new JobRequest(EXTRACT_QUEUE, chat + ":message:" + messageId, payload, maxAttempts, null));
            return;
        }
        long window = now.toEpochMilli() / batchWait.toMillis();
        Instant due = Instant.ofEpochMilli((window + 1) * batchWait.toMillis());
        queue.accept(new JobRequest(EXTRACT_QUEUE, chat + ":window:" + window, payload, maxAttempts, due));
    }

    /** Re-enqueues what a crash may have left behind: unscored messages and chats with pending signal messages. */
    public int resume() {
        int n = 0;
        for (RawMessage m : messages.unscored(10_000)) {
            messageStored(m);
            n++;
        }
        for (ChatRef chat : messages.chatsWithPendingSignal()) {
            queue.accept(new JobRequest(EXTRACT_QUEUE, chat + ":resume:" + clock.millis(),
                    JSON.createObjectNode().put("source", chat.source()).put("chat_id", chat.chatId()).toString(), maxAttempts, null));
            n++;
        }
        return n;
    }

    private static JsonNode field(String payload, String name) {
        try {
            JsonNode v = JSON.readTree(payload).get(name);
            if (v == null || v.isNull()) throw new PermanentJobFailure("job payload " + payload + " has no '" + name + "'");
            return v;
        } catch (IOException e) {
            throw new PermanentJobFailure("job payload is not JSON: " + payload, e);
        }
    }
}
