package dev.gantry.testkit;

import static dev.gantry.testkit.ContractSupport.closedPort;
import static dev.gantry.testkit.ContractSupport.content;
import static dev.gantry.testkit.ContractSupport.deltas;
import static dev.gantry.testkit.ContractSupport.drain;
import static dev.gantry.testkit.ContractSupport.finishReasons;
import static dev.gantry.testkit.ContractSupport.gantryError;
import static dev.gantry.testkit.ContractSupport.lastUsage;
import static dev.gantry.testkit.ContractSupport.providerError;
import static dev.gantry.testkit.ContractSupport.reasoning;
import static dev.gantry.testkit.ContractSupport.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every {@link ChatModel} adapter passes, run against a {@link FakeProvider} that speaks the
 * adapter's dialect. Extend it in the adapter's {@code *IT} and build the adapter pointing at the fake:
 *
 * <pre>{@code
 * class OpenAiChatModelIT extends ChatModelContract {
 *     protected ChatModel model(String fakeBaseUrl) {
 *         return new OpenAiChatModel(new ProviderSettings("oai", "openai", fakeBaseUrl + "/v1", "sk-test",
 *                 Map.of(), null, false), new JdkHttpTransport());
 *     }
 * }
 * }</pre>
 *
 * Dialect differences are read from the request the fake received ({@link RecordedRequest#dialect()}):
 * Gemini has no tool-call ids, only Anthropic reports cache writes, Anthropic reports no reasoning tokens.
 * A test that cannot apply to an adapter is overridden without {@code @Test}, with a comment saying why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChatModelContract {

    protected static final ToolSpec WEATHER = new ToolSpec("get_weather", "Current weather in a city",
            Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city")));
    protected static final ToolCall PARIS = new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}");
    protected static final ToolCall LONDON = new ToolCall("call_2", "get_weather", "{\"city\":\"London\",\"unit\":\"c\"}");

    /** Started once for the class, reset before each test. */
    protected FakeProvider fake;
    /** A fresh adapter per test, built by {@link #model(String)}. */
    protected ChatModel chatModel;

    /** The adapter under test, configured to call {@code fakeBaseUrl} ("http://127.0.0.1:PORT", no path). */
    protected abstract ChatModel model(String fakeBaseUrl);

    /** The upstream model name sent in every request. */
    protected String modelName() {
        return "fake-model";
    }

    protected CallOptions options() {
        return new CallOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), "contract-test");
    }

    /** Where the model name travels differs by dialect (body, Azure deployment path, Gemini path). */
    protected void assertRequestedModel(RecordedRequest request, String model) {
        assertThat(request.model()).as("model the fake was asked for").isEqualTo(model);
    }

    /** What the adapter can read back of a scripted usage: each dialect carries a different subset. */
    protected Usage expectedUsage(FakeDialect dialect, Usage scripted) {
        return switch (dialect) {
            case ANTHROPIC -> new Usage(scripted.inputTokens(), scripted.outputTokens(), scripted.cachedInputTokens(),
                    scripted.cacheWriteTokens(), 0);
            case OPENAI, GEMINI -> new Usage(scripted.inputTokens(), scripted.outputTokens(),
                    scripted.cachedInputTokens(), 0, scripted.reasoningTokens());
        };
    }

    protected ChatRequest.Builder request(String userText) {
        return ChatRequest.builder().model(modelName()).messages(List.of(ChatMessage.user(userText))).maxTokens(256);
    }

    protected ChatRequest streaming(String userText) {
        return request(userText).stream(true).includeUsage(true).build();
    }

    @BeforeAll
    protected void startFakeProvider() {
        fake = FakeProvider.start();
    }

    @BeforeEach
    protected void resetFakeProvider() {
        fake.reset();
        chatModel = model(fake.baseUrl());
    }

    @AfterEach
    protected void closeChatModel() throws Exception {
        if (chatModel instanceof AutoCloseable c) c.close();
    }

    @AfterAll
    protected void stopFakeProvider() {
        if (fake != null) fake.close();
    }

    // ---- answers ----

    @Test
    protected void should_answer_with_text_usage_and_stop() {
        fake.enqueue(FakeScript.text("Hello there world").usage(12, 3, 0, 0, 0));

        ChatResponse response = chatModel.chat(request("Say hello").build(), options());

        assertThat(response.message().role()).isEqualTo(Role.ASSISTANT);
        assertThat(response.message().text()).isEqualTo("Hello there world");
        assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(Usage.of(12, 3));
        assertThat(response.id()).isNotBlank();
    }

    @Test
    protected void should_send_model_messages_temperature_and_max_tokens() {
        fake.enqueue(FakeScript.text("Paris"));

        chatModel.chat(request("x").messages(List.of(ChatMessage.system("Answer in one word."),
                ChatMessage.user("What is the capital of France?"))).temperature(0.25).maxTokens(42).build(), options());

        RecordedRequest sent = onlyRequest();
        assertRequestedModel(sent, modelName());
        assertThat(sent.systemText()).isEqualTo("Answer in one word.");
        assertThat(sent.lastUserText()).isEqualTo("What is the capital of France?");
        assertThat(sent.temperature()).isEqualTo(0.25);
        assertThat(sent.maxTokens()).isEqualTo(42);
        assertThat(sent.stream()).isFalse();
    }

    @Test
    protected void should_send_the_tools_offered() {
        fake.enqueue(FakeScript.text("Let me check."));

        chatModel.chat(request("Weather in Paris?").tools(List.of(WEATHER)).build(), options());

        assertThat(onlyRequest().toolNames()).containsExactly("get_weather");
    }

    @Test
    protected void should_read_cache_and_reasoning_token_counts() {
        Usage scripted = new Usage(40, 12, 16, 8, 5);
        fake.enqueue(FakeScript.text("From the cache").usage(scripted));

        ChatResponse response = chatModel.chat(request("Hi").build(), options());

        assertThat(response.usage()).isEqualTo(expectedUsage(fake.lastRequest().dialect(), scripted));
    }

    @Test
    protected void should_map_a_length_stop_in_both_modes() {
        fake.enqueue(FakeScript.text("Cut short").finishReason(FinishReason.LENGTH),
                FakeScript.text("Cut short").finishReason(FinishReason.LENGTH));

        ChatResponse response = chatModel.chat(request("Talk").build(), options());
        List<ChatChunk> chunks = drain(chatModel.stream(streaming("Talk"), options()));

        assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(finishReasons(chunks)).containsExactly(FinishReason.LENGTH);
    }

    @Test
    protected void should_return_thinking_as_a_thinking_part() {
        fake.enqueue(FakeScript.text("Four").thinking("Two plus two is four"));

        ChatMessage message = chatModel.chat(request("2+2?").build(), options()).message();

        assertThat(message.text()).isEqualTo("Four");
        ContentPart.Thinking thinking = message.content().stream().filter(ContentPart.Thinking.class::isInstance)
                .map(ContentPart.Thinking.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no Thinking part in " + message.content()));
        assertThat(thinking.text()).isEqualTo("Two plus two is four");
        if (fake.lastRequest().dialect() == FakeDialect.ANTHROPIC) assertThat(thinking.signature()).isNotBlank();
    }

    // ---- streaming ----

    @Test
    protected void should_stream_the_same_text_and_end_with_null() {
        fake.enqueue(FakeScript.text("Hello there streaming world").usage(9, 4, 0, 0, 0));

        List<ChatChunk> chunks = drain(chatModel.stream(streaming("Say hello"), options()));

        assertThat(content(chunks)).isEqualTo("Hello there streaming world");
        assertThat(deltas(chunks, 0).stream().filter(d -> d.content() != null && !d.content().isEmpty()))
                .as("content arrives in several deltas, as streamed").hasSizeGreaterThan(1);
        assertThat(finishReasons(chunks)).containsExactly(FinishReason.STOP);
        assertThat(lastUsage(chunks)).isEqualTo(Usage.of(9, 4));
        assertThat(onlyRequest().stream()).isTrue();
    }

    @Test
    protected void should_read_cache_and_reasoning_token_counts_from_the_stream() {
        Usage scripted = new Usage(40, 12, 16, 8, 5);
        fake.enqueue(FakeScript.text("From the cache").usage(scripted));

        List<ChatChunk> chunks = drain(chatModel.stream(streaming("Hi"), options()));

        assertThat(lastUsage(chunks)).isEqualTo(expectedUsage(fake.lastRequest().dialect(), scripted));
    }

    @Test
    protected void should_stream_thinking_as_reasoning_deltas() {
        fake.enqueue(FakeScript.text("Four").thinking("Two plus two is four"));

        List<ChatChunk> chunks = drain(chatModel.stream(streaming("2+2?"), options()));

        assertThat(reasoning(chunks)).isEqualTo("Two plus two is four");
        assertThat(content(chunks)).isEqualTo("Four");
        if (fake.lastRequest().dialect() == FakeDialect.ANTHROPIC) {
            assertThat(deltas(chunks, 0)).anySatisfy(d -> assertThat(d.reasoningSignature()).isNotBlank());
        }
    }

    // ---- tool calls ----

    @Test
    protected void should_return_a_tool_call_with_id_name_and_arguments() {
        fake.enqueue(FakeScript.toolCalls(PARIS));

        ChatResponse response = chatModel.chat(request("Weather in Paris?").tools(List.of(WEATHER)).build(), options());

        assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertSameCalls(response.message().toolCalls(), PARIS);
    }

    @Test
    protected void should_return_two_parallel_tool_calls() {
        fake.enqueue(FakeScript.toolCalls(PARIS, LONDON));

        ChatResponse response = chatModel.chat(request("Paris and London?").tools(List.of(WEATHER)).build(), options());

        assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertSameCalls(response.message().toolCalls(), PARIS, LONDON);
    }

    @Test
    protected void should_stream_tool_call_deltas_that_reassemble_to_the_same_call() {
        fake.enqueue(FakeScript.toolCalls(PARIS));

        List<ChatChunk> chunks = drain(chatModel.stream(request("Weather in Paris?").tools(List.of(WEATHER))
                .stream(true).build(), options()));

        Map<Integer, ToolCall> calls = toolCalls(chunks);
        assertThat(calls.keySet()).as("tool-call indexes").containsExactly(0);
        assertSameCalls(List.copyOf(calls.values()), PARIS);
        assertThat(finishReasons(chunks)).containsExactly(FinishReason.TOOL_CALLS);
    }

    @Test
    protected void should_stream_two_parallel_tool_calls() {
        fake.enqueue(FakeScript.toolCalls(PARIS, LONDON));

        List<ChatChunk> chunks = drain(chatModel.stream(request("Paris and London?").tools(List.of(WEATHER))
                .stream(true).build(), options()));

        Map<Integer, ToolCall> calls = toolCalls(chunks);
        assertThat(calls.keySet()).as("tool-call indexes").containsExactly(0, 1);
        assertSameCalls(List.copyOf(calls.values()), PARIS, LONDON);
        assertThat(finishReasons(chunks)).containsExactly(FinishReason.TOOL_CALLS);
    }

    /** Names and arguments (as JSON) must match; ids too where the dialect carries them (not Gemini). */
    protected void assertSameCalls(List<ToolCall> actual, ToolCall... expected) {
        assertThat(actual).hasSize(expected.length);
        boolean idsCarried = fake.lastRequest().dialect() != FakeDialect.GEMINI;
        for (int i = 0; i < expected.length; i++) {
            ToolCall a = actual.get(i);
            assertThat(a.name()).isEqualTo(expected[i].name());
            assertThat(json(a.arguments())).as("arguments of call %s", i).isEqualTo(json(expected[i].arguments()));
            if (idsCarried) assertThat(a.id()).isEqualTo(expected[i].id());
            else assertThat(a.id()).isNotBlank();
        }
        assertThat(new HashSet<>(actual.stream().map(ToolCall::id).toList())).as("distinct ids").hasSize(expected.length);
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("tool-call arguments are not JSON: " + text, e);
        }
    }

    // ---- upstream errors ----

    @Test
    protected void should_map_429_to_rate_limited_with_retry_after() {
        fake.enqueue(FakeScript.rateLimited(7));

        ProviderException e = providerError(() -> chatModel.chat(request("Hi").build(), options()));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.upstreamStatus()).isEqualTo(429);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    protected void should_fail_stream_start_on_429() {
        fake.enqueue(FakeScript.rateLimited(3));

        ProviderException e = providerError(() -> chatModel.stream(streaming("Hi"), options()).close());

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    protected void should_map_500_to_a_retriable_kind() {
        fake.enqueue(FakeScript.error(500));

        ProviderException e = providerError(() -> chatModel.chat(request("Hi").build(), options()));

        assertThat(e.kind().retriable()).as("%s is retriable", e.kind()).isTrue();
        assertThat(e.upstreamStatus()).isEqualTo(500);
    }

    @Test
    protected void should_map_503_to_a_retriable_kind() {
        fake.enqueue(FakeScript.error(503));

        ProviderException e = providerError(() -> chatModel.chat(request("Hi").build(), options()));

        assertThat(e.kind().retriable()).as("%s is retriable", e.kind()).isTrue();
    }

    @Test
    protected void should_map_400_to_invalid_request_not_retriable() {
        fake.enqueue(FakeScript.error(400));

        ProviderException e = providerError(() -> chatModel.chat(request("Hi").build(), options()));

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(e.kind().retriable()).isFalse();
        assertThat(e.upstreamStatus()).isEqualTo(400);
    }

    @Test
    protected void should_map_401_to_authentication() {
        fake.enqueue(FakeScript.error(401));

        ProviderException e = providerError(() -> chatModel.chat(request("Hi").build(), options()));

        assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
    }

    @Test
    protected void should_map_the_context_length_error_in_both_modes() {
        fake.enqueue(FakeScript.contextLengthExceeded(), FakeScript.contextLengthExceeded());

        ProviderException chat = providerError(() -> chatModel.chat(request("Very long").build(), options()));
        ProviderException stream = providerError(() -> chatModel.stream(streaming("Very long"), options()).close());

        assertThat(chat.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
        assertThat(stream.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
    }

    // ---- broken streams and connections ----

    @Test
    protected void should_fail_a_cut_stream_instead_of_ending_it_normally() {
        fake.enqueue(FakeScript.text("one two three four five six").cutAfterChunks(2));
        ChatStream stream = chatModel.stream(streaming("Count"), options());

        GantryException e = gantryError(() -> drain(stream));

        assertThat(e.kind()).as("kind of a cut stream").isNotNull();
    }

    @Test
    protected void should_fail_a_malformed_stream_as_malformed_response() {
        fake.enqueue(FakeScript.text("one two three four").malformedAfterChunks(1));
        ChatStream stream = chatModel.stream(streaming("Count"), options());

        GantryException e = gantryError(() -> drain(stream));

        assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    }

    @Test
    protected void should_fail_a_malformed_body_as_malformed_response() {
        fake.enqueue(FakeScript.text("never parsed").malformedAfterChunks(0));

        GantryException e = gantryError(() -> chatModel.chat(request("Hi").build(), options()));

        assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    }

    /** A hang is the failure here, not slowness: the join allows 10 s on a noisy machine. */
    @Test
    protected void should_unblock_a_waiting_next_when_closed_during_a_stall() throws Exception {
        fake.enqueue(FakeScript.text("one two three four").stallAfterChunks(1, Duration.ofSeconds(60)));
        ChatStream stream = chatModel.stream(streaming("Count"), options());
        CountDownLatch firstContent = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().daemon().name("contract-stalled-reader").start(() -> {
            try {
                ChatChunk c;
                while ((c = stream.next()) != null) {
                    if (!content(List.of(c)).isEmpty()) firstContent.countDown();
                }
                outcome.set("ended");
            } catch (Throwable t) {
                outcome.set(t);
            } finally {
                firstContent.countDown();
            }
        });

        assertThat(firstContent.await(10, TimeUnit.SECONDS)).as("first content before the stall").isTrue();
        Thread.sleep(100); // lets the reader block in next(); the assertions hold either way
        stream.close();
        reader.join(Duration.ofSeconds(10));

        assertThat(reader.isAlive()).as("next() still blocked 10 s after close()").isFalse();
        assertThat(outcome.get()).satisfiesAnyOf(
                o -> assertThat(o).isEqualTo("ended"),
                o -> assertThat(o).isInstanceOf(GantryException.class));
    }

    @Test
    protected void should_time_out_when_headers_are_late() {
        fake.enqueue(FakeScript.stall(Duration.ofSeconds(30)), FakeScript.stall(Duration.ofSeconds(30)));
        CallOptions impatient = new CallOptions(Duration.ofSeconds(5), Duration.ofMillis(300), "contract-timeout");

        GantryException chat = gantryError(() -> chatModel.chat(request("Hi").build(), impatient));
        GantryException stream = gantryError(() -> chatModel.stream(streaming("Hi"), impatient).close());

        assertThat(chat.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(stream.kind()).isEqualTo(ErrorKind.TIMEOUT);
    }

    @Test
    protected void should_map_a_refused_connection_to_connection() throws Exception {
        ChatModel unreachable = model("http://127.0.0.1:" + closedPort());
        try {
            GantryException e = gantryError(() -> unreachable.chat(request("Hi").build(), options()));

            assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
            assertThat(e.kind().retriable()).isTrue();
        } finally {
            if (unreachable instanceof AutoCloseable c) c.close();
        }
    }

    private RecordedRequest onlyRequest() {
        assertThat(fake.requests()).as("requests the fake received").hasSize(1);
        return fake.requests().get(0);
    }
}
