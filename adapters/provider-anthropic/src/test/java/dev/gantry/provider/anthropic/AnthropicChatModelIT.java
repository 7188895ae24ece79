package dev.gantry.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.ChatModelContract;
import dev.gantry.testkit.FakeScript;
import dev.gantry.testkit.RecordedRequest;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared ChatModel contract against the fake's Anthropic dialect, plus what is Anthropic's own. */
class AnthropicChatModelIT extends ChatModelContract {
    private JdkHttpTransport transport;

    @Override
    protected ChatModel model(String fakeBaseUrl) {
        transport = new JdkHttpTransport();
        return new AnthropicChatModel(new ProviderSettings("claude", "anthropic", fakeBaseUrl, "sk-ant-test",
                Map.of("anthropic-beta", "prompt-caching-2024-07-31"), null, false), transport);
    }

    @Override
    @AfterEach
    protected void closeChatModel() {
        transport.close();
    }

    @Test
    void should_send_the_key_version_and_configured_headers_to_v1_messages() {
        fake.enqueue(FakeScript.text("Hi"));

        chatModel.chat(request("Hello").build(), options());

        RecordedRequest sent = fake.requests().getFirst();
        assertThat(sent.path()).isEqualTo("/v1/messages");
        assertThat(sent.headers()).containsEntry("x-api-key", "sk-ant-test")
                .containsEntry("anthropic-version", "2023-06-01")
                .containsEntry("anthropic-beta", "prompt-caching-2024-07-31")
                .containsEntry("x-request-id", "contract-test");
    }

    @Test
    void should_accept_a_base_url_that_already_ends_in_v1() {
        fake.enqueue(FakeScript.text("Hi"));
        ChatModel withV1 = new AnthropicChatModel(new ProviderSettings("claude", "anthropic", fake.baseUrl() + "/v1/",
                null, Map.of(), "2024-01-01", false), transport);

        withV1.chat(request("Hello").build(), options());

        RecordedRequest sent = fake.requests().getFirst();
        assertThat(sent.path()).isEqualTo("/v1/messages");
        assertThat(sent.headers()).containsEntry("anthropic-version", "2024-01-01").doesNotContainKey("x-api-key");
    }

    @Test
    void should_send_the_default_max_tokens_when_the_request_has_none() {
        fake.enqueue(FakeScript.text("Hi"));

        chatModel.chat(request("Hello").maxTokens(null).build(), options());

        assertThat(fake.requests().getFirst().maxTokens()).isEqualTo(AnthropicChatModel.DEFAULT_MAX_TOKENS);
    }

    @Test
    void should_answer_a_json_schema_request_with_the_answer_tool_input_as_text() {
        ChatRequest structured = request("Weather?").responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA,
                "get_weather", null, Map.of("type", "object"), null)).build();
        fake.enqueue(FakeScript.toolCalls(PARIS), FakeScript.toolCalls(PARIS));

        String text = chatModel.chat(structured, options()).message().text();
        List<ChatChunk> chunks = drain(chatModel.stream(structured.withStream(true), options()));

        assertThat(fake.requests().getFirst().json().at("/tool_choice/name").asText()).isEqualTo("get_weather");
        assertThat(text).isEqualTo("{\"city\":\"Paris\"}");
        Chunks streamed = Chunks.of(chunks);
        assertThat(streamed.content().replace(" ", "")).isEqualTo("{\"city\":\"Paris\"}");
        assertThat(streamed.toolCalls()).isEmpty();
    }

    @Test
    void should_say_the_stream_was_cut_when_it_ends_before_message_stop() {
        fake.enqueue(FakeScript.text("one two three four five six").cutAfterChunks(2));
        ChatStream stream = chatModel.stream(streaming("Count"), options());

        assertThatThrownBy(() -> drain(stream)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
            assertThat(e.provider()).isEqualTo("claude");
            assertThat(e.getMessage()).contains("was cut before it finished");
        });
    }

    private static List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        try (stream) {
            for (ChatChunk c = stream.next(); c != null; c = stream.next()) chunks.add(c);
        }
        return chunks;
    }
}
