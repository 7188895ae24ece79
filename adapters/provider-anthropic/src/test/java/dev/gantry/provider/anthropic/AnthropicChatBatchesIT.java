package dev.gantry.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.ChatBatchesContract;
import dev.gantry.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared ChatBatches contract against the fake's Message Batches endpoints, plus Anthropic's own wire. */
class AnthropicChatBatchesIT extends ChatBatchesContract {
    private final JdkHttpTransport transport = new JdkHttpTransport();

    private static ProviderSettings settings(String base) {
        return new ProviderSettings("claude", "anthropic", base, "sk-ant-test", Map.of(), null, false);
    }

    @Override
    protected ChatBatches batches(String fakeBaseUrl) {
        return new AnthropicChatBatches(settings(fakeBaseUrl), transport);
    }

    @Override
    protected ChatModel chatModel(String fakeBaseUrl) {
        return new AnthropicChatModel(settings(fakeBaseUrl), transport);
    }

    @Test
    void theBatchIsOneMessagesBatchesCallWithEachItemsParamsAndTheDefaultMaxTokens() {
        ChatRequest noMax = ChatRequest.builder().model("fake-model").messages(List.of(ChatMessage.user("hi"))).build();
        batches.submit(List.of(new BatchItem("x", noMax)), options());
        RecordedRequest call = fake.lastRequest();
        assertThat(call.path()).isEqualTo("/v1/messages/batches");
        assertThat(call.header("x-api-key")).isEqualTo("sk-ant-test");
        assertThat(call.header("anthropic-version")).isEqualTo(AnthropicChatModel.DEFAULT_VERSION);
        assertThat(call.json().path("requests").get(0).path("custom_id").asText()).isEqualTo("x");
        assertThat(call.json().path("requests").get(0).path("params").path("max_tokens").asInt())
                .isEqualTo(AnthropicChatModel.DEFAULT_MAX_TOKENS);
    }
}
