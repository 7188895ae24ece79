package dev.gantry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.BatchJob;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.BatchState;
import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every {@link ChatBatches} adapter passes against a {@link FakeProvider} speaking its dialect: the
 * batch moves through its states as it is polled, each item is sent exactly as the adapter's chat call would send
 * it, answers and per-item errors come back by custom id, and cancelled and expired batches end in those states.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChatBatchesContract {
    /** Polls a batch at most this often before a test gives up: the fake moves one step per poll. */
    private static final int MAX_POLLS = 10;
    protected FakeProvider fake;
    protected ChatBatches batches;

    /** The adapter under test, calling {@code fakeBaseUrl} ("http://127.0.0.1:PORT", no path). */
    protected abstract ChatBatches batches(String fakeBaseUrl);

    /** The same provider's chat adapter, to compare what a normal call sends. */
    protected abstract ChatModel chatModel(String fakeBaseUrl);

    protected CallOptions options() {
        return new CallOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), "batch-contract");
    }

    protected ChatRequest request(String userText) {
        return ChatRequest.builder().model("fake-model").messages(List.of(ChatMessage.user(userText))).maxTokens(64).build();
    }

    @BeforeAll
    protected void startFake() {
        fake = FakeProvider.start();
    }

    @BeforeEach
    protected void reset() {
        fake.reset();
        batches = batches(fake.baseUrl());
    }

    @AfterEach
    protected void closeAdapter() throws Exception {
        if (batches instanceof AutoCloseable c) c.close();
    }

    @AfterAll
    protected void stopFake() {
        if (fake != null) fake.close();
    }

    @Test
    void aSubmittedBatchRunsToCompletionAndAnswersEveryItemByItsCustomId() {
        BatchJob job = batches.submit(List.of(new BatchItem("a-1", request("alpha")), new BatchItem("b_2", request("beta"))),
                options());
        assertThat(job.upstreamId()).isNotBlank();
        assertThat(job.state().terminal()).isFalse();
        assertThat(job.counts().total()).isEqualTo(2);
        BatchJob done = pollUntilTerminal(job.upstreamId());
        assertThat(done.state()).isEqualTo(BatchState.COMPLETED);
        assertThat(done.counts().succeeded()).isEqualTo(2);
        assertThat(done.endedAt()).isNotNull();
        Map<String, BatchResultItem> results = byId(batches.results(job.upstreamId(), options()));
        assertThat(results).containsOnlyKeys("a-1", "b_2");
        assertThat(results.get("a-1").response().message().text()).isEqualTo("You said: alpha");
        assertThat(results.get("b_2").response().message().text()).isEqualTo("You said: beta");
        assertThat(results.get("a-1").response().usage().inputTokens()).isPositive();
        assertThat(results.get("a-1").response().usage().outputTokens()).isPositive();
    }

    @Test
    void eachItemIsExactlyWhatTheNormalChatCallSends() throws Exception {
        ChatRequest req = ChatRequest.builder().model("fake-model").messages(List.of(ChatMessage.system("Be brief."),
                ChatMessage.user("hello"))).maxTokens(32).temperature(0.2).build();
        BatchJob job = batches.submit(List.of(new BatchItem("only", req)), options());
        String itemBody = fake.batchItemBodies(job.upstreamId()).get(0);
        ChatModel chat = chatModel(fake.baseUrl());
        try {
            chat.chat(req, options());
        } finally {
            if (chat instanceof AutoCloseable c) c.close();
        }
        assertThat(Json.compact(itemBody)).isEqualTo(Json.compact(fake.lastRequest().body()));
    }

    @Test
    void anItemThatFailsUpstreamIsAnErrorOfItsOwnWhileTheOthersAreAnswered() {
        fake.enqueue(FakeScript.text("first"), FakeScript.error(400, "item two is malformed"), FakeScript.text("third"));
        BatchJob job = batches.submit(List.of(new BatchItem("i1", request("x")), new BatchItem("i2", request("y")),
                new BatchItem("i3", request("z"))), options());
        BatchJob done = pollUntilTerminal(job.upstreamId());
        assertThat(done.state()).isEqualTo(BatchState.COMPLETED);
        assertThat(done.counts().succeeded()).isEqualTo(2);
        assertThat(done.counts().failed()).isEqualTo(1);
        Map<String, BatchResultItem> results = byId(batches.results(job.upstreamId(), options()));
        assertThat(results.get("i1").response().message().text()).isEqualTo("first");
        assertThat(results.get("i3").response().message().text()).isEqualTo("third");
        BatchResultItem failed = results.get("i2");
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error().status()).isEqualTo(400);
        assertThat(failed.error().message()).contains("item two is malformed");
    }

    @Test
    void aCancelledBatchEndsCancelledWithNoAnswers() {
        fake.holdBatches(true);
        BatchJob job = batches.submit(List.of(new BatchItem("c1", request("x")), new BatchItem("c2", request("y"))),
                options());
        batches.status(job.upstreamId(), options());
        BatchJob cancelling = batches.cancel(job.upstreamId(), options());
        assertThat(cancelling.state()).isEqualTo(BatchState.CANCELLING);
        BatchJob done = pollUntilTerminal(job.upstreamId());
        assertThat(done.state()).isEqualTo(BatchState.CANCELLED);
        assertThat(batches.results(job.upstreamId(), options())).noneMatch(BatchResultItem::succeeded);
    }

    @Test
    void anExpiredBatchEndsExpiredAndItsItemsComeBackAsErrors() {
        fake.holdBatches(true);
        BatchJob job = batches.submit(List.of(new BatchItem("e1", request("x"))), options());
        fake.expireRunningBatches();
        BatchJob done = batches.status(job.upstreamId(), options());
        assertThat(done.state()).isEqualTo(BatchState.EXPIRED);
        List<BatchResultItem> results = batches.results(job.upstreamId(), options());
        assertThat(results).hasSize(1);
        assertThat(results.get(0).customId()).isEqualTo("e1");
        assertThat(results.get(0).error().code()).contains("expired");
    }

    @Test
    void anUnknownBatchIsNotFound() {
        ProviderException e = ContractSupport.providerError(() -> batches.status("no-such-batch", options()));
        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.provider()).isEqualTo(batches.provider());
    }

    protected BatchJob pollUntilTerminal(String upstreamId) {
        BatchJob job = batches.status(upstreamId, options());
        for (int i = 0; i < MAX_POLLS && !job.state().terminal(); i++) job = batches.status(upstreamId, options());
        assertThat(job.state().terminal()).as("batch terminal after " + MAX_POLLS + " polls: " + job).isTrue();
        return job;
    }

    private static Map<String, BatchResultItem> byId(List<BatchResultItem> items) {
        return items.stream().collect(Collectors.toMap(BatchResultItem::customId, Function.identity()));
    }
}
