package dev.gantry.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.NotFoundException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolUseBlock;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The official Anthropic Java SDK against the gateway's POST /v1/messages, over all three upstream dialects. */
class AnthropicSdkIT {
    private static GantryServerFixture server;
    private static AnthropicClient client;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start("");
        client = AnthropicOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("sk-ant-client-side").maxRetries(0).build();
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

    private static MessageCreateParams.Builder ask(String alias, String question) {
        return MessageCreateParams.builder().model(alias).maxTokens(200).system("Answer briefly.").addUserMessage(question);
    }

    private static Tool weatherTool() {
        return Tool.builder().name("get_weather").description("Current weather in a city")
                .inputSchema(Tool.InputSchema.builder()
                        .properties(Tool.InputSchema.Properties.builder()
                                .additionalProperties(Map.of("city", JsonValue.from(Map.of("type", "string")))).build())
                        .addRequired("city").build())
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_answer_a_plain_message(String alias) {
        server.fake.enqueue(FakeScript.text("Bonjour tout le monde").usage(9, 4, 0, 0, 0));

        Message m = client.messages().create(ask(alias, "say hello in French").build());

        assertThat(text(m)).isEqualTo("Bonjour tout le monde");
        assertThat(m.stopReason()).hasValue(StopReason.END_TURN);
        assertThat(m.usage().inputTokens()).isEqualTo(9);
        assertThat(m.usage().outputTokens()).isEqualTo(4);
        assertThat(m.model().asString()).isEqualTo(alias);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_stream_events_that_accumulate_to_the_answer(String alias) {
        server.fake.enqueue(FakeScript.text("one two three four five").usage(6, 5, 0, 0, 0));
        MessageAccumulator acc = MessageAccumulator.create();

        try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(ask(alias, "count to five").build())) {
            s.stream().forEach(acc::accumulate);
        }

        Message m = acc.message();
        assertThat(text(m)).isEqualTo("one two three four five");
        assertThat(m.stopReason()).hasValue(StopReason.END_TURN);
        assertThat(m.usage().outputTokens()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_return_a_tool_use_block_with_its_input(String alias) {
        server.fake.enqueue(FakeScript.toolCalls(new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\"}")));

        Message m = client.messages().create(ask(alias, "weather in Paris?").addTool(weatherTool()).build());

        assertThat(m.stopReason()).hasValue(StopReason.TOOL_USE);
        assertToolUses(m, alias, List.of(new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\"}")));
        assertThat(server.fake.lastRequest().toolNames()).containsExactly("get_weather");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "claude", "gem"})
    void should_stream_parallel_tool_use_blocks_whose_input_accumulates(String alias) {
        List<ToolCall> calls = List.of(new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\",\"days\":3}"),
                new ToolCall("toolu_2", "get_weather", "{\"city\":\"Lyon\",\"days\":1}"));
        server.fake.enqueue(FakeScript.toolCalls(calls.toArray(ToolCall[]::new)));
        MessageAccumulator acc = MessageAccumulator.create();

        try (StreamResponse<RawMessageStreamEvent> s = client.messages()
                .createStreaming(ask(alias, "weather in Paris and Lyon?").addTool(weatherTool()).build())) {
            s.stream().forEach(acc::accumulate);
        }

        Message m = acc.message();
        assertThat(m.stopReason()).hasValue(StopReason.TOOL_USE);
        assertToolUses(m, alias, calls);
    }

    @Test
    void should_raise_not_found_in_the_anthropic_shape_for_an_unknown_model() {
        assertThatThrownBy(() -> client.messages().create(ask("claude-99", "hi").build()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.apiMessage()).hasValueSatisfying(msg -> assertThat(msg).contains("claude-99", "claude"));
                });
        assertThat(server.fake.requests()).isEmpty();
    }

    private static void assertToolUses(Message m, String alias, List<ToolCall> expected) {
        List<ToolUseBlock> uses = m.content().stream().filter(ContentBlock::isToolUse).map(ContentBlock::asToolUse).toList();
        assertThat(uses).extracting(ToolUseBlock::name).containsExactlyElementsOf(expected.stream().map(ToolCall::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            ToolUseBlock use = uses.get(i);
            assertThat(use._input().convert(Map.class)).isEqualTo(SseEvents.JSON.convertValue(
                    SseEvents.json(expected.get(i).arguments()), Map.class));
            // Gemini has no call ids: the adapter makes them up
            if (alias.equals("gem")) assertThat(use.id()).isNotBlank();
            else assertThat(use.id()).isEqualTo(expected.get(i).id());
        }
        assertThat(uses).extracting(ToolUseBlock::id).doesNotHaveDuplicates();
    }

    private static String text(Message m) {
        StringBuilder sb = new StringBuilder();
        for (ContentBlock b : m.content()) b.text().ifPresent(t -> sb.append(t.text()));
        return sb.toString();
    }
}
