package dev.gantry.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.ChatModelContract;
import dev.gantry.testkit.FakeScript;
import dev.gantry.testkit.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The chat contract against the fake's OpenAI dialect, plus what is particular to this adapter. */
class OpenAiChatModelIT extends ChatModelContract {
    private final JdkHttpTransport transport = new JdkHttpTransport();

    private ChatModel model(String baseUrl, Map<String, String> headers) {
        return new OpenAiChatModel(new ProviderSettings("oai", "openai", baseUrl, "sk-test-key", headers, null, false),
                transport);
    }

    @Override
    protected ChatModel model(String fakeBaseUrl) {
        return model(fakeBaseUrl, Map.of());
    }

    @AfterAll
    void closeTransport() {
        transport.close();
    }

    @Test
    void should_send_the_bearer_key_configured_headers_and_request_id() {
        ChatModel model = model(fake.baseUrl(), Map.of("OpenAI-Organization", "org-1"));

        model.chat(request("Hi").build(), options());

        RecordedRequest sent = fake.lastRequest();
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("authorization")).isEqualTo("Bearer sk-test-key");
        assertThat(sent.header("openai-organization")).isEqualTo("org-1");
        assertThat(sent.header("x-request-id")).isEqualTo("contract-test");
        assertThat(sent.header("content-type")).startsWith("application/json");
    }

    @Test
    void should_reach_the_same_endpoint_with_or_without_v1_and_a_trailing_slash() {
        model(fake.baseUrl() + "/v1/", Map.of()).chat(request("Hi").build(), options());
        model(fake.baseUrl() + "/", Map.of()).chat(request("Hi").build(), options());

        assertThat(fake.requests()).extracting(RecordedRequest::path)
                .containsExactly("/v1/chat/completions", "/v1/chat/completions");
    }

    @Test
    void should_send_no_authorization_when_no_key_is_configured() {
        ChatModel keyless = new OpenAiChatModel(new ProviderSettings("local", "openai", fake.baseUrl(), null, Map.of(),
                null, false), transport);

        keyless.chat(request("Hi").build(), options());

        assertThat(fake.lastRequest().header("authorization")).isNull();
    }

    @Test
    void should_ask_for_usage_on_every_stream_and_never_stream_a_plain_chat() {
        fake.enqueue(FakeScript.text("a b"), FakeScript.text("a b"));

        chatModel.chat(request("Hi").stream(true).build(), options());
        try (ChatStream s = chatModel.stream(request("Hi").build(), options())) {
            while (s.next() != null) {
                // drain
            }
        }

        assertThat(fake.requests().get(0).json().has("stream")).isFalse();
        assertThat(fake.requests().get(1).json().path("stream").asBoolean()).isTrue();
        assertThat(fake.requests().get(1).json().path("stream_options").path("include_usage").asBoolean()).isTrue();
    }

    @Test
    void should_report_cancelled_for_a_stream_closed_before_its_end() {
        fake.enqueue(FakeScript.text("one two three four").stallAfterChunks(1, Duration.ofSeconds(60)));
        ChatStream stream = chatModel.stream(streaming("Count"), options());
        ChatChunk first = stream.next();

        stream.close();

        assertThat(first).isNotNull();
        assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED);
            assertThat(e.provider()).isEqualTo("oai");
        });
    }

    @Test
    void should_name_the_provider_in_connection_failures_without_the_key() throws Exception {
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ChatModel unreachable = model("http://127.0.0.1:" + port, Map.of());

        assertThatThrownBy(() -> unreachable.chat(request("Hi").build(), options()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                    assertThat(e.provider()).isEqualTo("oai");
                    assertThat(e.getMessage()).startsWith("provider 'oai': ").contains("127.0.0.1:" + port)
                            .doesNotContain("sk-test-key");
                });
    }
}
