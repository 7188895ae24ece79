package dev.gantry.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.CacheControlEphemeral;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The official Anthropic Java SDK against a small server that speaks through this module: the SDK's request
 * bodies must pass {@link AnthropicCodec#readRequest}, and what {@link AnthropicCodec#writeResponse},
 * {@link AnthropicCodec#writeError} and {@link AnthropicStreamEncoder} write must be what the SDK accepts
 * (every event and the accumulated message are validated by the SDK itself).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnthropicSdkCompatibilityIT {
    private record Answer(int status, String contentType, byte[] body) {
    }

    private HttpServer server;
    private AnthropicClient client;
    private final AtomicReference<ChatRequest> received = new AtomicReference<>();
    private volatile Function<ChatRequest, Answer> responder;

    @BeforeAll
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/messages", this::handle);
        server.start();
        client = AnthropicOkHttpClient.builder().apiKey("sk-ant-test").maxRetries(0)
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build();
    }

    @AfterAll
    void stop() {
        client.close();
        server.stop(0);
    }

    @BeforeEach
    void forget() {
        received.set(null);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            ChatRequest request = AnthropicCodec.readRequest(exchange.getRequestBody().readAllBytes());
            received.set(request);
            answer = responder.apply(request);
        } catch (GantryException e) {
            answer = new Answer(400, "application/json", AnthropicCodec.writeError(e));
        }
        exchange.getResponseHeaders().set("content-type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    private static MessageCreateParams params() {
        return MessageCreateParams.builder().model("gantry-alias").maxTokens(2048)
                .systemOfTextBlockParams(List.of(TextBlockParam.builder().text("Be brief.")
                        .cacheControl(CacheControlEphemeral.builder().build()).build()))
                .addUserMessage("Weather in Paris?")
                .addTool(Tool.builder().name("get_weather").description("Current weather")
                        .inputSchema(Tool.InputSchema.builder()
                                .properties(JsonValue.from(Map.of("city", Map.of("type", "string")))).build())
                        .build())
                .enabledThinking(1024)
                .build();
    }

    private static ChatChunk chunk(String content, String reasoning, String signature, ToolCallDelta call,
                                   FinishReason finish, Usage usage) {
        return new ChatChunk("chatcmpl-1", "gpt-4o", 1L, List.of(new ChoiceDelta(0, null, content, reasoning,
                signature, call == null ? null : List.of(call), finish, null)), usage, null);
    }

    private static byte[] encodedStream() {
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder("gantry-alias");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ChatChunk c : List.of(chunk(null, "Paris, ", null, null, null, null),
                chunk(null, "so call the tool.", "sig-1", null, null, null),
                chunk("Let me ", null, null, null, null, null), chunk("check.", null, null, null, null, null),
                chunk(null, null, null, new ToolCallDelta(0, "call_1", "get_weather", "{\"city\""), null, null),
                chunk(null, null, null, new ToolCallDelta(0, null, null, ":\"Paris\"}"), null, null),
                chunk(null, null, null, null, FinishReason.TOOL_CALLS, null),
                new ChatChunk("chatcmpl-1", "gpt-4o", 1L, List.of(), new Usage(120, 33, 100, 0, 0), null))) {
            out.writeBytes(encoder.onChunk(c));
        }
        out.writeBytes(encoder.finish(null));
        return out.toByteArray();
    }

    @Test
    void should_read_the_sdk_request_and_stream_back_what_the_sdk_accumulates() {
        responder = request -> new Answer(200, "text/event-stream", encodedStream());
        MessageAccumulator accumulator = MessageAccumulator.create();

        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params())) {
            stream.stream().forEach(event -> accumulator.accumulate(event.validate()));
        }
        Message message = accumulator.message().validate();

        ChatRequest request = received.get();
        assertThat(request.stream()).isTrue();
        assertThat(request.messages().getFirst().content())
                .containsExactly(new ContentPart.Text("Be brief.", Map.of("type", "ephemeral")));
        assertThat(request.tools()).extracting(t -> t.name()).containsExactly("get_weather");
        assertThat(request.thinking()).isEqualTo(Map.of("type", "enabled", "budget_tokens", 1024));

        assertThat(message.model().asString()).isEqualTo("gantry-alias");
        List<ContentBlock> content = message.content();
        assertThat(content).hasSize(3);
        assertThat(content.get(0).asThinking().thinking()).isEqualTo("Paris, so call the tool.");
        assertThat(content.get(0).asThinking().signature()).isEqualTo("sig-1");
        assertThat(content.get(1).asText().text()).isEqualTo("Let me check.");
        assertThat(content.get(2).asToolUse().id()).isEqualTo("call_1");
        assertThat(content.get(2).asToolUse().name()).isEqualTo("get_weather");
        assertThat(content.get(2).asToolUse()._input()).isEqualTo(JsonValue.from(Map.of("city", "Paris")));
        assertThat(message.stopReason()).contains(StopReason.TOOL_USE);
        assertThat(message.usage().inputTokens()).isEqualTo(20);
        assertThat(message.usage().cacheReadInputTokens()).contains(100L);
        assertThat(message.usage().outputTokens()).isEqualTo(33);
    }

    @Test
    void should_write_a_response_the_sdk_reads_and_validates() {
        ChatMessage answer = new ChatMessage(Role.ASSISTANT, List.of(new ContentPart.Thinking("hmm", "sig", null),
                new ContentPart.Text("It is sunny.")), List.of(new ToolCall("call_2", "get_weather", "{\"city\":\"Nice\"}")),
                null, null, false);
        responder = request -> new Answer(200, "application/json", AnthropicCodec.writeResponse(new ChatResponse("abc",
                "gpt-4o", 1L, List.of(new Choice(0, answer, FinishReason.TOOL_CALLS, null)), Usage.of(10, 4), null, null),
                request.model()));

        Message message = client.messages().create(params()).validate();

        assertThat(message.id()).isEqualTo("msg_abc");
        assertThat(message.content().get(1).asText().text()).isEqualTo("It is sunny.");
        assertThat(message.content().get(2).asToolUse().name()).isEqualTo("get_weather");
        assertThat(message.stopReason()).contains(StopReason.TOOL_USE);
        assertThat(message.usage().inputTokens()).isEqualTo(10);
    }

    @Test
    void should_write_errors_the_sdk_turns_into_its_typed_exceptions() {
        responder = request -> new Answer(429, "application/json",
                AnthropicCodec.writeError(new GantryException(ErrorKind.RATE_LIMITED, "key 'team-a' is over 60 rpm")));

        assertThatThrownBy(() -> client.messages().create(params()))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.getMessage()).contains("key 'team-a' is over 60 rpm");
                });
    }

    @Test
    void should_show_an_invalid_request_to_the_sdk_as_a_400_naming_the_parameter() {
        responder = request -> {
            throw new AssertionError("never reached: the request is invalid");
        };
        MessageCreateParams negativeTopK = params().toBuilder()
                .putAdditionalBodyProperty("top_k", JsonValue.from(-1)).build();

        assertThatThrownBy(() -> client.messages().create(negativeTopK))
                .isInstanceOfSatisfying(AnthropicServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("top_k");
                });
    }

    @Test
    void should_end_an_sdk_stream_with_the_error_of_a_mid_stream_failure() {
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder("gantry-alias");
        ByteArrayOutputStream sse = new ByteArrayOutputStream();
        sse.writeBytes(encoder.onChunk(chunk("Hel", null, null, null, null, null)));
        sse.writeBytes(encoder.error(new GantryException(ErrorKind.UPSTREAM_UNAVAILABLE, "upstream overloaded")));
        responder = request -> new Answer(200, "text/event-stream", sse.toByteArray());

        assertThatThrownBy(() -> {
            try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params())) {
                stream.stream().forEach(RawMessageStreamEvent::validate);
            }
        }).isInstanceOf(AnthropicServiceException.class).hasMessageContaining("upstream overloaded");
    }
}
