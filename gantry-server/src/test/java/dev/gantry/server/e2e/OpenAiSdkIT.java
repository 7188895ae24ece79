package dev.gantry.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.RateLimitException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeProvider;
import dev.gantry.testkit.FakeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The official OpenAI Java SDK against the running gateway, over an OpenAI, an Anthropic and a Gemini upstream. */
class OpenAiSdkIT {
    /** Per-upstream aliases that retry once, on targets of their own so their failures trip no shared breaker. */
    private static final String EXTRA_MODELS = String.join("\n",
            "  - {name: gem-embed, targets: [{provider: gem, model: fake-gemini-embed}]}",
            "  - {name: retry-chat, targets: [{provider: oai, model: fake-limited}], retry: {attempts: 2, backoff: 1ms}}",
            "  - {name: retry-claude, targets: [{provider: ant, model: fake-claude-limited}], retry: {attempts: 2, backoff: 1ms}}",
            "  - {name: retry-gem, targets: [{provider: gem, model: fake-gemini-limited}], retry: {attempts: 2, backoff: 1ms}}",
            "");
    private static GantryServerFixture server;
    private static OpenAIClient client;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start(EXTRA_MODELS);
        // the SDK's own retries are off: every retry seen here is the gateway's
        client = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey("sk-client-side").maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.fake.reset();
    }

    private static ChatCompletionCreateParams.Builder ask(String alias, String question) {
        return ChatCompletionCreateParams.builder().model(alias).addSystemMessage("Answer briefly.").addUserMessage(question);
    }

    private static FunctionDefinition weatherTool() {
        return FunctionDefinition.builder().name("get_weather").description("Current weather in a city")
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                        .build())
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_answer_a_plain_chat(String alias) {
        server.fake.enqueue(FakeScript.text("Hello from upstream").usage(12, 3, 0, 0, 0));

        ChatCompletion c = client.chat().completions().create(ask(alias, "hi").build());

        assertThat(c.choices()).hasSize(1);
        assertThat(c.choices().get(0).message().content()).hasValue("Hello from upstream");
        assertThat(c.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        CompletionUsage usage = c.usage().orElseThrow();
        assertThat(usage.promptTokens()).isEqualTo(12);
        assertThat(usage.completionTokens()).isEqualTo(3);
        assertThat(usage.totalTokens()).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_stream_text_that_assembles_to_the_answer_without_usage_by_default(String alias) {
        server.fake.enqueue(FakeScript.text("one two three four five"));
        List<ChatCompletionChunk> chunks = new ArrayList<>();

        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(ask(alias, "count").build())) {
            s.stream().forEach(chunks::add);
        }

        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(text(chunks)).isEqualTo("one two three four five");
        assertThat(chunks).noneMatch(c -> c.usage().isPresent());
        assertThat(chunks.stream().flatMap(c -> c.choices().stream()).flatMap(c -> c.finishReason().stream()))
                .containsExactly(ChatCompletionChunk.Choice.FinishReason.STOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_stream_usage_last_when_the_client_asks_for_it(String alias) {
        server.fake.enqueue(FakeScript.text("one two three").usage(7, 4, 0, 0, 0));
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        ChatCompletionCreateParams params = ask(alias, "count")
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();

        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params)) {
            s.stream().forEach(chunks::add);
        }

        assertThat(text(chunks)).isEqualTo("one two three");
        assertThat(chunks).filteredOn(c -> c.usage().isPresent()).hasSize(1);
        CompletionUsage usage = chunks.getLast().usage().orElseThrow();
        assertThat(usage.promptTokens()).isEqualTo(7);
        assertThat(usage.completionTokens()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_return_a_tool_call_with_id_name_and_arguments(String alias) {
        server.fake.enqueue(FakeScript.toolCalls(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")));

        ChatCompletion c = client.chat().completions().create(ask(alias, "weather in Paris?").addFunctionTool(weatherTool()).build());

        ChatCompletion.Choice choice = c.choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        List<ChatCompletionMessageToolCall> calls = choice.message().toolCalls().orElseThrow();
        assertThat(calls).hasSize(1);
        assertFunctionCall(calls.get(0).asFunction(), alias, "call_1", "get_weather", "{\"city\":\"Paris\"}");
        assertThat(server.fake.lastRequest().toolNames()).containsExactly("get_weather");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_stream_parallel_tool_calls_that_the_sdk_reassembles(String alias) {
        server.fake.enqueue(FakeScript.toolCalls(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"),
                new ToolCall("call_2", "get_weather", "{\"city\":\"Lyon\",\"unit\":\"celsius\"}")));
        ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();

        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions()
                .createStreaming(ask(alias, "weather in Paris and Lyon?").addFunctionTool(weatherTool()).build())) {
            s.stream().forEach(acc::accumulate);
        }

        ChatCompletion.Choice choice = acc.chatCompletion().choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        List<ChatCompletionMessageToolCall> calls = choice.message().toolCalls().orElseThrow();
        assertThat(calls).hasSize(2);
        assertFunctionCall(calls.get(0).asFunction(), alias, "call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}");
        assertFunctionCall(calls.get(1).asFunction(), alias, "call_2", "get_weather", "{\"city\":\"Lyon\",\"unit\":\"celsius\"}");
        assertThat(calls.get(0).asFunction().id()).isNotEqualTo(calls.get(1).asFunction().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"embed", "gem-embed"})
    void should_embed_every_input_with_the_upstream_vectors(String alias) {
        List<String> inputs = List.of("alpha", "beta", "gamma");

        CreateEmbeddingResponse r = client.embeddings().create(EmbeddingCreateParams.builder().model(alias)
                .inputOfArrayOfStrings(inputs).build());

        assertThat(r.data()).hasSize(3);
        for (int i = 0; i < inputs.size(); i++) {
            List<Float> vector = r.data().get(i).embedding();
            float[] expected = FakeProvider.embeddingOf(inputs.get(i));
            assertThat(r.data().get(i).index()).isEqualTo(i);
            assertThat(vector).hasSize(expected.length);
            for (int d = 0; d < expected.length; d++) assertThat(vector.get(d)).isCloseTo(expected[d], within(1e-6f));
        }
    }

    @Test
    void should_raise_not_found_with_the_gateways_message_for_an_unknown_model() {
        assertThatThrownBy(() -> client.chat().completions().create(ask("gpt-99", "hi").build()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("model 'gpt-99' is not configured", "chat", "claude");
                    assertThat(e.type()).hasValue("not_found_error");
                });
        assertThat(server.fake.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"retry-chat", "retry-claude", "retry-gem"})
    void should_raise_rate_limit_when_the_upstream_still_answers_429_after_the_retries(String alias) {
        server.fake.enqueue(FakeScript.error(429), FakeScript.error(429));

        assertThatThrownBy(() -> client.chat().completions().create(ask(alias, "hi").build()))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.type()).hasValue("rate_limit_error");
                });
        assertThat(server.fake.requests()).as("the first call and one retry").hasSize(2);
    }

    private static void assertFunctionCall(ChatCompletionMessageFunctionToolCall call, String alias, String id, String name,
                                           String arguments) {
        // Gemini has no call ids: the adapter makes them up
        if (alias.equals("gem")) assertThat(call.id()).isNotBlank();
        else assertThat(call.id()).isEqualTo(id);
        assertThat(call.function().name()).isEqualTo(name);
        assertThat(SseEvents.json(call.function().arguments())).isEqualTo(SseEvents.json(arguments));
    }

    private static String text(List<ChatCompletionChunk> chunks) {
        StringBuilder sb = new StringBuilder();
        for (ChatCompletionChunk c : chunks) {
            for (ChatCompletionChunk.Choice choice : c.choices()) choice.delta().content().ifPresent(sb::append);
        }
        return sb.toString();
    }
}
